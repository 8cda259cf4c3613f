import type { ProcedureDefinition } from './procedure-definition';

/** QĐ 5130/QĐ-TLĐ sets no processing time [U]: 10 working days for the UBKT's advice and for the ballot, by default. */
export const DISCIPLINE_STEP_PERIODS = { adviceWorkingDays: 10, ballotWorkingDays: 10, upperWorkingDays: 10 } as const;

const deferral = { suspend: 'Hoãn xem xét kỷ luật (chưa xem xét)', resume: 'Tiếp tục xem xét kỷ luật' } as const;

/**
 * Kỷ luật trong tổ chức công đoàn (domain §5; QĐ 5130/QĐ-TLĐ). The UBKT takes the kiểm điểm record and advises; the
 * deciding body (its BTV) votes by secret ballot, the forms counted downward; the văn thư numbers the QĐ kỷ luật
 * signed by the chair; the managing Party or government body is told within 15 days. Deferral (Art. 6(1)) holds
 * the case; a ballot short of a majority goes to the upper union.
 */
export const KY_LUAT: ProcedureDefinition = {
  code: 'ky-luat',
  name: 'Xem xét, thi hành kỷ luật',
  version: 1,
  casePrefix: 'KL',
  steps: [
    {
      key: 'tham-muu-ubkt',
      name: 'Ủy ban Kiểm tra thẩm tra hồ sơ kiểm điểm, tham mưu',
      role: 'ubkt',
      actions: ['approve', 'reject', 'suspend', 'resume', 'delegate'],
      actionLabels: { approve: 'Trình Ban Thường vụ xem xét', reject: 'Đề nghị không kỷ luật', ...deferral },
      deadline: { amount: DISCIPLINE_STEP_PERIODS.adviceWorkingDays, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'bieu-quyet',
      name: 'Ban Thường vụ bỏ phiếu kín quyết định hình thức kỷ luật',
      role: 'leader',
      actions: ['vote', 'suspend', 'resume', 'delegate'],
      actionLabels: { vote: 'Ghi nhận kết quả bỏ phiếu kín', ...deferral },
      deadline: { amount: DISCIPLINE_STEP_PERIODS.ballotWorkingDays, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'cap-tren-xem-xet',
      name: 'Công đoàn cấp trên xem xét, quyết định (biểu quyết không đạt quá 1/2)',
      role: 'leader',
      actions: ['approve', 'reject', 'delegate'],
      actionLabels: { approve: 'Quyết định hình thức kỷ luật', reject: 'Không kỷ luật' },
      deadline: { amount: DISCIPLINE_STEP_PERIODS.upperWorkingDays, unit: 'working_days' },
      remindBefore: 2,
      escalateToParentAfter: 3,
    },
    {
      key: 'ban-hanh-quyet-dinh',
      name: 'Vào số, ban hành quyết định kỷ luật',
      role: 'clerk',
      actions: ['issue'],
      deadline: { amount: 1, unit: 'working_days' },
      remindBefore: 0,
      escalateToParentAfter: 2,
    },
    {
      key: 'thong-bao-co-quan-quan-ly',
      name: 'Thông báo cho cơ quan quản lý người bị kỷ luật',
      role: 'clerk',
      actions: ['issue'],
      actionLabels: { issue: 'Ban hành thông báo' },
      deadline: { amount: 15, unit: 'calendar_days' },
      remindBefore: 3,
      escalateToParentAfter: 2,
    },
  ],
  // QĐ 5130 Art. 15 [S]: the record kept by the UBKT office of the deciding level.
  dossier: [
    { key: 'ban-tu-kiem-diem', name: 'Bản tự kiểm điểm', required: true },
    { key: 'trich-ngang', name: 'Bản trích ngang lý lịch', required: false },
    { key: 'bien-ban-kiem-diem', name: 'Biên bản hội nghị kiểm điểm', required: true },
    { key: 'bien-ban-kiem-phieu-de-nghi', name: 'Biên bản kiểm phiếu đề nghị kỷ luật', required: true },
    { key: 'to-trinh', name: 'Tờ trình đề nghị kỷ luật', required: true },
    { key: 'bien-ban-bo-phieu', name: 'Biên bản họp và kiểm phiếu kín của Ban Thường vụ (đã ký)', required: false },
  ],
};
