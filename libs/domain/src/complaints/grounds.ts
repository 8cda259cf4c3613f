/** A legal ground as the forms offer it: a stable code, its wording, and where the law says it. */
export interface LegalGround {
  code: string;
  label: string;
  cite: string;
}

const byCode = <T extends LegalGround>(grounds: readonly T[]) => (code: unknown): T | undefined => grounds.find((g) => g.code === code);

/** Luật Khiếu nại 2011 Art. 11 (mirrored by QĐ 333/QĐ-TLĐ): when a complaint is not accepted (không thụ lý). */
export const KN_REFUSAL_GROUNDS: readonly LegalGround[] = [
  { code: 'khong-lien-quan-truc-tiep', label: 'Quyết định, hành vi bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại', cite: 'Luật Khiếu nại 2011 Điều 11 khoản 2' },
  { code: 'khong-co-nang-luc', label: 'Người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp', cite: 'Luật Khiếu nại 2011 Điều 11 khoản 3' },
  { code: 'dai-dien-khong-hop-phap', label: 'Người đại diện không hợp pháp thực hiện khiếu nại', cite: 'Luật Khiếu nại 2011 Điều 11 khoản 4' },
  { code: 'khong-chu-ky', label: 'Đơn khiếu nại không có chữ ký hoặc điểm chỉ của người khiếu nại', cite: 'Luật Khiếu nại 2011 Điều 11 khoản 5' },
  { code: 'het-thoi-hieu', label: 'Thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng', cite: 'Luật Khiếu nại 2011 Điều 11 khoản 6' },
  { code: 'da-giai-quyet-lan-hai', label: 'Khiếu nại đã có quyết định giải quyết khiếu nại lần hai', cite: 'Luật Khiếu nại 2011 Điều 11 khoản 7' },
  { code: 'dinh-chi-khong-tiep-tuc', label: 'Đã có văn bản thông báo đình chỉ việc giải quyết khiếu nại mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại', cite: 'Luật Khiếu nại 2011 Điều 11 khoản 8' },
  { code: 'toa-an-da-thu-ly', label: 'Việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án', cite: 'Luật Khiếu nại 2011 Điều 11 khoản 9' },
  { code: 'khong-thuoc-tham-quyen', label: 'Nội dung khiếu nại không thuộc phạm vi, thẩm quyền giải quyết của tổ chức công đoàn', cite: 'QĐ 333/QĐ-TLĐ Điều 5, 6' },
];

/** Luật Tố cáo 2018 Art. 29 (and Art. 25 for anonymous letters): when a denunciation is not accepted. */
export const TC_REFUSAL_GROUNDS: readonly LegalGround[] = [
  { code: 'nac-danh-mao-danh', label: 'Đơn không rõ họ tên, địa chỉ người tố cáo hoặc mạo danh: không phải là tố cáo, xử lý như thông tin phản ánh', cite: 'Luật Tố cáo 2018 Điều 25' },
  { code: 'da-giai-quyet-khong-tinh-tiet-moi', label: 'Tố cáo về vụ việc đã được giải quyết mà người tố cáo không cung cấp thông tin, tình tiết mới', cite: 'Luật Tố cáo 2018 Điều 29 khoản 2 điểm a' },
  { code: 'noi-dung-khong-cu-the', label: 'Nội dung tố cáo không có cơ sở để xác định người vi phạm, hành vi vi phạm pháp luật', cite: 'Luật Tố cáo 2018 Điều 29 khoản 2 điểm b' },
  { code: 'khong-du-nang-luc', label: 'Người tố cáo không có năng lực hành vi dân sự đầy đủ mà không có người đại diện theo quy định', cite: 'Luật Tố cáo 2018 Điều 29 khoản 2 điểm c' },
  { code: 'dang-duoc-giai-quyet', label: 'Vụ việc đã được cơ quan, tổ chức, cá nhân có thẩm quyền thụ lý hoặc giải quyết', cite: 'Luật Tố cáo 2018 Điều 29 khoản 2 điểm d' },
  { code: 'khong-dung-hinh-thuc', label: 'Tố cáo không được thực hiện theo hình thức quy định (đơn có chữ ký hoặc biên bản ghi nhận tố cáo trực tiếp)', cite: 'Luật Tố cáo 2018 Điều 23, Điều 29 khoản 1 điểm a' },
];

/** Luật Tố cáo 2018 Art. 34(1): the grounds to suspend (tạm đình chỉ) a resolution; the time is not counted. */
export const TC_SUSPENSION_GROUNDS: readonly LegalGround[] = [
  { code: 'doi-ket-qua-co-quan-khac', label: 'Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác hoặc kết quả giải quyết vụ việc khác có liên quan', cite: 'Luật Tố cáo 2018 Điều 34 khoản 1 điểm a' },
  { code: 'doi-ket-qua-giam-dinh', label: 'Cần đợi kết quả giám định bổ sung, giám định lại', cite: 'Luật Tố cáo 2018 Điều 34 khoản 1 điểm b' },
];

/** Luật Tố cáo 2018 Art. 34(3): the grounds to terminate (đình chỉ) a resolution. A withdrawal is the `withdraw` action. */
export const TC_TERMINATION_GROUNDS: readonly LegalGround[] = [
  { code: 'rut-toan-bo-to-cao', label: 'Người tố cáo rút toàn bộ nội dung tố cáo', cite: 'Luật Tố cáo 2018 Điều 34 khoản 3 điểm a' },
  { code: 'nguoi-bi-to-cao-chet', label: 'Người bị tố cáo là cá nhân đã chết và nội dung tố cáo chỉ liên quan đến trách nhiệm pháp lý của người bị tố cáo', cite: 'Luật Tố cáo 2018 Điều 34 khoản 3 điểm b' },
  { code: 'da-duoc-giai-quyet', label: 'Vụ việc tố cáo đã được cơ quan, tổ chức, cá nhân có thẩm quyền khác thụ lý hoặc giải quyết', cite: 'Luật Tố cáo 2018 Điều 34 khoản 3 điểm c' },
];

/** NĐ 31/2019/NĐ-CP Art. 3(2): what makes a denunciation complex; two or more make it particularly complex (3(3)). */
export const TC_COMPLEXITY_CRITERIA: readonly LegalGround[] = [
  { code: 'nhieu-noi-dung-dia-diem', label: 'Vụ việc có nhiều nội dung hoặc liên quan đến nhiều địa điểm', cite: 'NĐ 31/2019/NĐ-CP Điều 3 khoản 2' },
  { code: 'nhieu-nguoi-to-cao', label: 'Nhiều người tố cáo về cùng một nội dung', cite: 'NĐ 31/2019/NĐ-CP Điều 3 khoản 2' },
  { code: 'yeu-to-nuoc-ngoai', label: 'Vụ việc có yếu tố nước ngoài', cite: 'NĐ 31/2019/NĐ-CP Điều 3 khoản 2' },
  { code: 'nhieu-co-quan', label: 'Cần lấy ý kiến, phối hợp của nhiều cơ quan, tổ chức', cite: 'NĐ 31/2019/NĐ-CP Điều 3 khoản 2' },
  { code: 'chung-cu-mau-thuan', label: 'Tài liệu, chứng cứ mâu thuẫn với nhau, cần thời gian kiểm tra, đánh giá', cite: 'NĐ 31/2019/NĐ-CP Điều 3 khoản 2' },
];

/** What a resolution finds the complaint or denunciation to be. */
export const FINDINGS: readonly LegalGround[] = [
  { code: 'dung', label: 'đúng', cite: '' },
  { code: 'sai', label: 'sai', cite: '' },
  { code: 'dung-mot-phan', label: 'đúng một phần', cite: '' },
];

export const knRefusalGround = byCode(KN_REFUSAL_GROUNDS);
export const tcRefusalGround = byCode(TC_REFUSAL_GROUNDS);
export const tcSuspensionGround = byCode(TC_SUSPENSION_GROUNDS);
export const tcTerminationGround = byCode(TC_TERMINATION_GROUNDS);
export const tcComplexityCriterion = byCode(TC_COMPLEXITY_CRITERIA);
export const finding = byCode(FINDINGS);

/** The ground for an anonymous or false-name letter: the case becomes an information report, no notice to anyone. */
export const ANONYMOUS_GROUND = 'nac-danh-mao-danh';

/** How many extensions the complexity allows (NĐ 31/2019 Art. 3; Luật Tố cáo Art. 30(1)): 0, 1 or 2. */
export function extensionsAllowed(criteria: readonly string[]): number {
  const known = new Set(criteria.filter((c) => tcComplexityCriterion(c)));
  return Math.min(known.size, 2);
}
