import { type FieldProblem, ISSUABLE_TYPES } from '@congdoan/domain';
import {
  MAX_LONG_TEXT,
  MAX_TEXT,
  fieldsOf,
  object,
  optionalBoolean,
  optionalOneOf,
  optionalText,
  optionalUuid,
  problem,
  text,
} from '../cases/field-rules';

export const ISSUABLE_TYPE_CODES = Object.keys(ISSUABLE_TYPES);
export const CORRECTION_KINDS = ['content', 'format'] as const;
/** nơi nhận: a văn thư's list, not a mailing list */
export const MAX_RECIPIENTS = 100;

/** A required UUID: absent is `required`, anything else that is not one is `isUuid`. */
function uuid(value: unknown, field: string, what: string): FieldProblem[] {
  if (value === undefined || value === null) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  return optionalUuid(value, field, what);
}

function oneOf(value: unknown, field: string, what: string, allowed: readonly string[]): FieldProblem[] {
  if (value === undefined || value === null) return [problem(field, 'required', `(${what}) là bắt buộc`, 'is required')];
  return optionalOneOf(value, field, allowed);
}

/** nơi nhận: a non-empty list of non-blank lines. */
function recipients(value: unknown): FieldProblem[] {
  const field = 'data.recipients';
  if (value === undefined || value === null) return [problem(field, 'required', '(nơi nhận) là bắt buộc', 'is required')];
  if (!Array.isArray(value)) return [problem(field, 'isArray', '(nơi nhận) phải là một danh sách', 'must be a list')];
  if (value.length === 0) return [problem(field, 'arrayMinSize', '(nơi nhận) phải có ít nhất 1 nơi nhận', 'must list at least 1 recipient')];
  if (value.length > MAX_RECIPIENTS) {
    return [problem(field, 'arrayMaxSize', `(nơi nhận) chỉ được tối đa ${MAX_RECIPIENTS} nơi nhận`, `must list at most ${MAX_RECIPIENTS} recipients`)];
  }
  return value.flatMap((r: unknown, i) => text(r, `${field}.${i}`, 'nơi nhận', MAX_TEXT));
}

/**
 * Ban hành văn bản (api.md minimum: documentType, summary, signerId; domain §8): the type (its ký hiệu), the trích
 * yếu, who signs and who drafts, the draft, nơi nhận, hỏa tốc, mật, and the issued document it corrects.
 */
export function banHanhVanBanDataProblems(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [
    ...oneOf(data.documentType, 'data.documentType', 'loại văn bản', ISSUABLE_TYPE_CODES),
    ...text(data.summary, 'data.summary', 'trích yếu nội dung'),
    ...uuid(data.signerId, 'data.signerId', 'người ký'),
    ...optionalUuid(data.drafterId, 'data.drafterId', 'người soạn thảo'),
    ...optionalText(data.content, 'data.content', 'nội dung dự thảo', MAX_LONG_TEXT),
    ...recipients(data.recipients),
    ...optionalBoolean(data.urgent, 'data.urgent'),
    ...optionalBoolean(data.secret, 'data.secret'),
  ];
  if (data.corrects !== undefined && data.corrects !== null) {
    const shape = '{"documentId": "...", "kind": "content" | "format"}';
    const wrong = object(data.corrects, 'data.corrects', 'văn bản được đính chính, thay thế', shape);
    problems.push(...wrong);
    if (wrong.length === 0) {
      const corrects = fieldsOf(data.corrects);
      problems.push(...uuid(corrects.documentId, 'data.corrects.documentId', 'văn bản được đính chính, thay thế'));
      problems.push(...oneOf(corrects.kind, 'data.corrects.kind', 'sai sót về nội dung (content) hay thể thức (format)', CORRECTION_KINDS));
    }
  }
  return problems;
}
