import { CHANNELS, type FieldProblem } from '@congdoan/domain';
import {
  MAX_LONG_TEXT,
  fieldsOf,
  object,
  optionalBoolean,
  optionalDate,
  optionalInt,
  optionalOneOf,
  optionalText,
  optionalUuid,
  problem,
  text,
} from '../cases/field-rules';

/**
 * Khiếu nại (api.md minimum: complainant{fullName, address}, content, decisionComplainedOf, complex?, remoteArea?).
 * A second-instance complaint names its first case (`instance: 2`, `firstCaseId`); the decision complained of is
 * then the first decision, taken from that case. A complaint about a discipline decision may name its case instead
 * (`disciplineCaseId`): the decision, and by default the complainant, are then taken from that case.
 */
export function khieuNaiDataProblems(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  problems.push(...object(data.complainant, 'data.complainant', 'người khiếu nại', '{"fullName": "...", "address": "..."}'));
  const complainant = fieldsOf(data.complainant);
  // A complaint about a discipline decision (data.disciplineCaseId): the complainant defaults to the disciplined person.
  const aboutDiscipline = data.disciplineCaseId !== undefined && data.disciplineCaseId !== null;
  if (data.complainant) {
    if (!aboutDiscipline || complainant.fullName !== undefined) {
      problems.push(...text(complainant.fullName, 'data.complainant.fullName', 'họ và tên người khiếu nại'));
    }
    problems.push(...text(complainant.address, 'data.complainant.address', 'địa chỉ người khiếu nại'));
    problems.push(...optionalText(complainant.phone, 'data.complainant.phone', 'số điện thoại', 30));
  }
  problems.push(...text(data.content, 'data.content', 'nội dung khiếu nại', MAX_LONG_TEXT));
  problems.push(...optionalOneOf(data.instance === undefined ? undefined : String(data.instance), 'data.instance', ['1', '2']));
  if (data.instance === 2) {
    if (data.firstCaseId === undefined) {
      problems.push(problem('data.firstCaseId', 'required', '(hồ sơ giải quyết lần đầu) là bắt buộc với khiếu nại lần hai', 'is required for a second-instance complaint'));
    } else problems.push(...optionalUuid(data.firstCaseId, 'data.firstCaseId', 'hồ sơ giải quyết lần đầu'));
    if (aboutDiscipline) {
      problems.push(problem('data.disciplineCaseId', 'firstInstanceOnly', 'chỉ dùng cho khiếu nại lần đầu; khiếu nại lần hai ghi data.firstCaseId', 'is for a first-instance complaint; a second one names data.firstCaseId'));
    }
  } else if (aboutDiscipline) {
    // The decision complained of is that case's QĐ kỷ luật, filled in at intake.
    problems.push(...optionalUuid(data.disciplineCaseId, 'data.disciplineCaseId', 'hồ sơ kỷ luật có quyết định bị khiếu nại'));
  } else {
    problems.push(...decisionProblems(data.decisionComplainedOf));
  }
  if (data.complainedAgainst !== undefined) {
    problems.push(...object(data.complainedAgainst, 'data.complainedAgainst', 'người bị khiếu nại', '{"fullName": "..."}'));
    const against = fieldsOf(data.complainedAgainst);
    problems.push(...text(against.fullName, 'data.complainedAgainst.fullName', 'họ tên người bị khiếu nại'));
    problems.push(...optionalUuid(against.userId, 'data.complainedAgainst.userId', 'tài khoản người bị khiếu nại'));
  }
  problems.push(...optionalOneOf(data.channel, 'data.channel', CHANNELS));
  problems.push(...optionalDate(data.learnedOn, 'data.learnedOn', 'ngày nhận được hoặc biết quyết định'));
  problems.push(...optionalInt(data.obstacleDays, 'data.obstacleDays', 'số ngày trở ngại khách quan', 0, 3650));
  problems.push(...optionalBoolean(data.complex, 'data.complex'));
  problems.push(...optionalBoolean(data.remoteArea, 'data.remoteArea'));
  return problems;
}

/** The decision complained of: its summary as text, or {summary, number?, issuedOn?, issuerName?, signerUserId?}. */
function decisionProblems(value: unknown): FieldProblem[] {
  const field = 'data.decisionComplainedOf';
  if (typeof value === 'string') return text(value, field, 'quyết định, hành vi bị khiếu nại');
  const problems = object(value, field, 'quyết định, hành vi bị khiếu nại', '{"summary": "..."} hoặc chuỗi ký tự');
  if (problems.length) return problems;
  const decision = fieldsOf(value);
  return [
    ...text(decision.summary, `${field}.summary`, 'trích yếu quyết định, hành vi bị khiếu nại'),
    ...optionalText(decision.number, `${field}.number`, 'số quyết định', 50),
    ...optionalDate(decision.issuedOn, `${field}.issuedOn`, 'ngày ban hành'),
    ...optionalText(decision.issuerName, `${field}.issuerName`, 'cơ quan ban hành'),
    ...optionalText(decision.signerName, `${field}.signerName`, 'người ký'),
    ...optionalUuid(decision.signerUserId, `${field}.signerUserId`, 'tài khoản người ký'),
  ];
}
