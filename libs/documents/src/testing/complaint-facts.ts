import type { ComplaintFacts, DocumentFacts } from '../document-facts';

/**
 * The complaint case of the specs: CĐVC Gia Lai resolves a complaint about its own discipline decision, the LĐLĐ
 * (its upper union) the second complaint.
 */
type Kind =
  | 'tb-thu-ly-khieu-nai'
  | 'tb-khong-thu-ly-khieu-nai'
  | 'qd-giai-quyet-khieu-nai-lan-dau'
  | 'qd-giai-quyet-khieu-nai-lan-hai'
  | 'qd-dinh-chi-giai-quyet-khieu-nai';

export const CDVC: DocumentFacts['issuer'] = {
  name: 'Công đoàn Viên chức tỉnh Gia Lai',
  code: 'CĐVC',
  placeName: 'Gia Lai',
  parentName: 'Liên đoàn Lao động tỉnh Gia Lai',
};
export const CHAIRMAN: DocumentFacts['signer'] = { fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch', role: 'leader' };
export const INSPECTOR: DocumentFacts['signer'] = { fullName: 'Đinh Thị Kim Oanh', title: 'Ủy viên Ủy ban Kiểm tra', role: 'ubkt' };

const complaint: ComplaintFacts = {
  instance: 1,
  complainant: { fullName: 'Lê Văn Tám', address: 'Tổ 3, phường Pleiku, tỉnh Gia Lai' },
  content: 'Cuộc họp xét kỷ luật không mời người bị kỷ luật trình bày ý kiến; đề nghị hủy bỏ Quyết định kỷ luật',
  decisionComplainedOf: {
    summary: 'Quyết định thi hành kỷ luật bằng hình thức khiển trách đối với đoàn viên Lê Văn Tám',
    number: '02/QĐ-CĐVC',
    issuedOn: '2026-01-12',
    issuerName: 'Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai',
  },
  complainedAgainst: { fullName: 'Trần Quốc Việt' },
  acceptedOn: '2026-03-05',
  resolutionDays: 30,
  resolutionDueOn: '2026-04-06',
  upperUnitName: 'Liên đoàn Lao động tỉnh Gia Lai',
  secondInstanceWindowDays: 30,
};
const complaintCase = { issuer: CDVC, caseCode: 'KN-2026-0001', receivedAt: '2026-02-23' };

export const COMPLAINT_FACTS: Record<Kind, DocumentFacts> = {
  'tb-thu-ly-khieu-nai': { ...complaintCase, kind: 'tb-thu-ly-khieu-nai', numberText: '09/TB-CĐVC', issuedOn: '2026-03-05', signer: INSPECTOR, complaint },
  'tb-khong-thu-ly-khieu-nai': {
    ...complaintCase,
    kind: 'tb-khong-thu-ly-khieu-nai',
    numberText: '10/TB-CĐVC',
    issuedOn: '2026-03-05',
    signer: INSPECTOR,
    complaint: {
      ...complaint,
      refusal: {
        label: 'Thời hiệu khiếu nại đã hết mà không có lý do chính đáng',
        cite: 'khoản 7 Điều 11 Luật Khiếu nại năm 2011',
        reasons: 'Quyết định bị khiếu nại được giao ngày 12/01/2025, đơn khiếu nại nhận ngày 23/02/2026, đã quá thời hiệu 90 ngày',
      },
    },
  },
  'qd-giai-quyet-khieu-nai-lan-dau': {
    ...complaintCase,
    kind: 'qd-giai-quyet-khieu-nai-lan-dau',
    numberText: '12/QĐ-CĐVC',
    issuedOn: '2026-04-02',
    signer: CHAIRMAN,
    complaint: {
      ...complaint,
      finding: 'dung-mot-phan',
      verification:
        'Việc xem xét kỷ luật được thực hiện đúng thẩm quyền.\nCuộc họp xét kỷ luật ngày 08/01/2026 không mời đoàn viên Lê Văn Tám trình bày ý kiến',
      resolution:
        'Hủy bỏ Quyết định số 02/QĐ-CĐVC ngày 12/01/2026 của Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai\n' +
        'Giao Ủy ban Kiểm tra xem xét lại việc kỷ luật theo đúng trình tự, bảo đảm quyền trình bày ý kiến của đoàn viên',
    },
  },
  'qd-giai-quyet-khieu-nai-lan-hai': {
    kind: 'qd-giai-quyet-khieu-nai-lan-hai',
    numberText: '41/QĐ-LĐLĐ',
    issuedOn: '2026-06-15',
    issuer: { name: 'Liên đoàn Lao động tỉnh Gia Lai', code: 'LĐLĐ', placeName: 'Gia Lai', parentName: 'Tổng Liên đoàn Lao động Việt Nam' },
    signer: { fullName: 'Phan Thị Hồng', title: 'Chủ tịch', role: 'leader' },
    caseCode: 'KN-2026-0007',
    receivedAt: '2026-05-04',
    complaint: {
      ...complaint,
      instance: 2,
      firstDecision: { numberText: '12/QĐ-CĐVC', issuedOn: '2026-04-02', issuerName: 'Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai' },
      finding: 'sai',
      verification: 'Quyết định giải quyết khiếu nại lần đầu có căn cứ, đúng trình tự',
      resolution: 'Công nhận và giữ nguyên Quyết định số 12/QĐ-CĐVC ngày 02/04/2026 của Ban Thường vụ Công đoàn Viên chức tỉnh Gia Lai',
    },
  },
  'qd-dinh-chi-giai-quyet-khieu-nai': {
    ...complaintCase,
    kind: 'qd-dinh-chi-giai-quyet-khieu-nai',
    numberText: '11/QĐ-CĐVC',
    issuedOn: '2026-03-20',
    signer: CHAIRMAN,
    complaint: { ...complaint, withdrawalReasons: 'đã được giải thích và đồng ý với hình thức kỷ luật' },
  },
};
