import type { FieldProblem } from '@congdoan/domain';
import { khenThuongDataProblems } from '../commendation/khen-thuong.data';
import { boSungUyVienDataProblems, congNhanBchDataProblems } from '../committees/committee.data';
import { khieuNaiDataProblems } from '../complaints/khieu-nai.data';
import { kyLuatDataProblems } from '../discipline/ky-luat.data';
import { toCaoDataProblems } from '../complaints/to-cao.data';
import { banHanhVanBanDataProblems } from '../issuance/ban-hanh-van-ban.data';
import { people, problem, text } from './field-rules';

/** Checks a procedure's `data`; each problem names its path under `data` (`data.applicants.0.fullName`). */
export type CaseDataValidator = (data: Record<string, unknown>) => FieldProblem[];

/** A CĐCS needs at least 5 members (HD 03/2020/HD-TLĐ Mục 12.1; Điều lệ XII Art. 13); api.md's "≥ 1" is too weak. */
export const MIN_CDCS_MEMBERS = 5;
/** Thành lập CĐCS: the employer, how many members, and who applied (api.md, minimum data). */
const thanhLapCdcs: CaseDataValidator = (data) => {
  const problems = [...text(data.unitName, 'data.unitName', 'tên đơn vị, doanh nghiệp')];
  const count = data.memberCount;
  if (count === undefined || count === null) {
    problems.push(problem('data.memberCount', 'required', '(số đoàn viên) là bắt buộc', 'is required'));
  } else if (typeof count !== 'number' || !Number.isInteger(count)) {
    problems.push(problem('data.memberCount', 'isInt', '(số đoàn viên) phải là số nguyên', 'must be an integer'));
  } else if (count < MIN_CDCS_MEMBERS) {
    problems.push(
      problem(
        'data.memberCount',
        'min',
        `phải lớn hơn hoặc bằng ${MIN_CDCS_MEMBERS}: công đoàn cơ sở cần ít nhất ${MIN_CDCS_MEMBERS} đoàn viên (HD 03/2020/HD-TLĐ Mục 12.1)`,
        `must be at least ${MIN_CDCS_MEMBERS}: a grassroots union needs at least ${MIN_CDCS_MEMBERS} members (HD 03/2020/HD-TLĐ §12.1)`,
      ),
    );
  }
  problems.push(...people(data.applicants, 'data.applicants', 'danh sách người xin gia nhập'));
  // The BCH elected at the founding congress (optional at intake; recognised with the CĐCS by the same decision).
  if (data.bch !== undefined) {
    problems.push(...people(data.bch, 'data.bch', 'Ban Chấp hành'));
    if (Array.isArray(data.bch)) {
      data.bch.forEach((member: unknown, i) => {
        const position = (member as Record<string, unknown> | null)?.position;
        if (position !== undefined) problems.push(...text(position, `data.bch.${i}.position`, 'chức danh'));
      });
    }
  }
  return problems;
};

/** One validator per procedure code; a procedure without one cannot be opened (see the spec). */
export const CASE_DATA_VALIDATORS: Readonly<Record<string, CaseDataValidator>> = {
  'thanh-lap-cdcs': thanhLapCdcs,
  'khieu-nai': khieuNaiDataProblems,
  'to-cao': toCaoDataProblems,
  'cong-nhan-bch': congNhanBchDataProblems,
  'bo-sung-uy-vien': boSungUyVienDataProblems,
  'khen-thuong': khenThuongDataProblems,
  'ky-luat': kyLuatDataProblems,
  'ban-hanh-van-ban': banHanhVanBanDataProblems,
};

export function caseDataProblems(procedureCode: string, data: Record<string, unknown>): FieldProblem[] {
  const validate = CASE_DATA_VALIDATORS[procedureCode];
  if (!validate) {
    return [problem('procedureCode', 'notSupported', 'chưa có mẫu dữ liệu để tiếp nhận', 'cannot be opened yet (no data form is defined)')];
  }
  return validate(data);
}
