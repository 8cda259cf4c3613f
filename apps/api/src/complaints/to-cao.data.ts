import { CHANNELS, type FieldProblem } from '@congdoan/domain';
import { MAX_LONG_TEXT, fieldsOf, object, optionalBoolean, optionalInt, optionalOneOf, optionalText, optionalUuid, problem, text } from '../cases/field-rules';

/**
 * Tố cáo (api.md minimum: denouncer{fullName, address}, accused{fullName}, content). A letter with no name or a
 * false one is still recorded, as `anonymous: true` with no denouncer: it becomes an information report.
 */
export function toCaoDataProblems(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [...optionalBoolean(data.anonymous, 'data.anonymous')];
  if (data.anonymous === true) {
    if (data.denouncer !== undefined && data.denouncer !== null) {
      problems.push(problem('data.denouncer', 'absentWhenAnonymous', 'phải để trống khi đơn nặc danh (anonymous: true)', 'must be absent for an anonymous letter'));
    }
  } else {
    problems.push(...object(data.denouncer, 'data.denouncer', 'người tố cáo; đơn không rõ người tố cáo thì ghi anonymous: true', '{"fullName": "...", "address": "..."}'));
    const denouncer = fieldsOf(data.denouncer);
    if (data.denouncer) {
      problems.push(...text(denouncer.fullName, 'data.denouncer.fullName', 'họ và tên người tố cáo'));
      problems.push(...text(denouncer.address, 'data.denouncer.address', 'địa chỉ người tố cáo'));
      problems.push(...optionalText(denouncer.phone, 'data.denouncer.phone', 'số điện thoại', 30));
      problems.push(...optionalText(denouncer.email, 'data.denouncer.email', 'thư điện tử', 200));
    }
  }
  problems.push(...object(data.accused, 'data.accused', 'người bị tố cáo', '{"fullName": "..."}'));
  const accused = fieldsOf(data.accused);
  if (data.accused) {
    problems.push(...text(accused.fullName, 'data.accused.fullName', 'họ và tên người bị tố cáo'));
    problems.push(...optionalText(accused.position, 'data.accused.position', 'chức vụ người bị tố cáo'));
    problems.push(...optionalUuid(accused.userId, 'data.accused.userId', 'tài khoản người bị tố cáo'));
    problems.push(...optionalBoolean(accused.isHead, 'data.accused.isHead'));
  }
  problems.push(...text(data.content, 'data.content', 'nội dung tố cáo', MAX_LONG_TEXT));
  problems.push(...optionalOneOf(data.form, 'data.form', ['written', 'oral']));
  problems.push(...optionalOneOf(data.channel, 'data.channel', CHANNELS));
  problems.push(...optionalInt(data.places, 'data.places', 'số địa điểm phải xác minh', 1, 100));
  return problems;
}
