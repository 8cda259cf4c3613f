import type { DenunciationFacts, DocumentFacts } from '../document-facts';
import { CDVC, CHAIRMAN, INSPECTOR } from './complaint-facts';

/**
 * The denunciation case of the specs: CĐVC Gia Lai resolves a denunciation against the Chủ tịch of a CĐCS (a head, so
 * the upper union's, QĐ 333 Art. 16). Only the four kinds addressed to the denouncer carry them.
 */
type Kind =
  | 'qd-thu-ly-to-cao'
  | 'tb-thu-ly-to-cao'
  | 'tb-noi-dung-to-cao'
  | 'tb-khong-thu-ly-to-cao'
  | 'tb-chuyen-don-to-cao'
  | 'qd-gia-han-giai-quyet-to-cao'
  | 'qd-tam-dinh-chi-giai-quyet-to-cao'
  | 'qd-tiep-tuc-giai-quyet-to-cao'
  | 'qd-dinh-chi-giai-quyet-to-cao'
  | 'kl-noi-dung-to-cao'
  | 'tb-ket-qua-giai-quyet-to-cao'
  | 'tb-cong-khai-ket-luan-to-cao';

const denunciation: DenunciationFacts = {
  accused: { fullName: 'Trịnh Văn Lực', position: 'Chủ tịch Công đoàn cơ sở Trường THPT Hùng Vương' },
  content:
    'Chi kinh phí công đoàn tổ chức tham quan năm 2025 cho cả người không phải là đoàn viên\n' +
    'Không công khai quyết toán kinh phí công đoàn năm 2025 với đoàn viên',
  receivedOn: '2026-03-02',
  acceptance: { numberText: '20/QĐ-CĐVC', issuedOn: '2026-03-10' },
  resolutionDueOn: '2026-04-09',
};
/** the only denouncer the samples name, in the four kinds addressed to them */
export const SAMPLE_DENOUNCER = { fullName: 'Vũ Thị Thanh Nhàn', address: 'Tổ 5, phường Diên Hồng, tỉnh Gia Lai' };
const denunciationCase = { issuer: CDVC, caseCode: 'TC-2026-0002', receivedAt: '2026-03-02' };
const toDenouncer: DenunciationFacts = { ...denunciation, denouncer: SAMPLE_DENOUNCER };
const conclusion: DenunciationFacts['conclusion'] = {
  finding: 'dung-mot-phan',
  text:
    'Nội dung chi kinh phí tham quan cho người không phải là đoàn viên là đúng\n' +
    'Nội dung không công khai quyết toán là sai: quyết toán năm 2025 đã được niêm yết ngày 20/01/2026',
  measures: 'Yêu cầu ông (bà) Trịnh Văn Lực hoàn trả số kinh phí đã chi sai đối tượng\nKiểm điểm trách nhiệm trước Ban Chấp hành công đoàn cơ sở',
};

export const DENUNCIATION_FACTS: Record<Kind, DocumentFacts> = {
  'qd-thu-ly-to-cao': { ...denunciationCase, kind: 'qd-thu-ly-to-cao', numberText: '20/QĐ-CĐVC', issuedOn: '2026-03-10', signer: CHAIRMAN, denunciation },
  'tb-thu-ly-to-cao': { ...denunciationCase, kind: 'tb-thu-ly-to-cao', numberText: '21/TB-CĐVC', issuedOn: '2026-03-12', signer: INSPECTOR, denunciation: toDenouncer },
  'tb-noi-dung-to-cao': { ...denunciationCase, kind: 'tb-noi-dung-to-cao', numberText: '22/TB-CĐVC', issuedOn: '2026-03-12', signer: INSPECTOR, denunciation },
  'tb-khong-thu-ly-to-cao': {
    ...denunciationCase,
    kind: 'tb-khong-thu-ly-to-cao',
    numberText: '18/TB-CĐVC',
    issuedOn: '2026-03-06',
    signer: INSPECTOR,
    denunciation: {
      ...toDenouncer,
      refusal: {
        label: 'Vụ việc đã được giải quyết mà người tố cáo không cung cấp thông tin, tài liệu, chứng cứ mới',
        cite: 'khoản 1 Điều 29 Luật Tố cáo năm 2018',
        reasons: 'Nội dung tố cáo đã được kết luận tại Kết luận số 01/KL-CĐVC ngày 15/12/2025',
      },
    },
  },
  'tb-chuyen-don-to-cao': {
    ...denunciationCase,
    kind: 'tb-chuyen-don-to-cao',
    numberText: '19/TB-CĐVC',
    issuedOn: '2026-03-06',
    signer: INSPECTOR,
    denunciation: { ...toDenouncer, forwardedTo: 'Sở Giáo dục và Đào tạo tỉnh Gia Lai' },
  },
  'qd-gia-han-giai-quyet-to-cao': {
    ...denunciationCase,
    kind: 'qd-gia-han-giai-quyet-to-cao',
    numberText: '25/QĐ-CĐVC',
    issuedOn: '2026-04-07',
    signer: CHAIRMAN,
    denunciation: {
      ...denunciation,
      extension: {
        ordinal: 1,
        amount: 30,
        criteria: [{ label: 'Vụ việc có nhiều nội dung, liên quan đến nhiều địa điểm', cite: 'khoản 2 Điều 3 Nghị định số 31/2019/NĐ-CP' }],
        reasons: 'Cần xác minh chứng từ chi tại hai đơn vị tổ chức tham quan',
        newDueOn: '2026-05-11',
      },
    },
  },
  'qd-tam-dinh-chi-giai-quyet-to-cao': {
    ...denunciationCase,
    kind: 'qd-tam-dinh-chi-giai-quyet-to-cao',
    numberText: '27/QĐ-CĐVC',
    issuedOn: '2026-04-20',
    signer: CHAIRMAN,
    denunciation: {
      ...denunciation,
      suspension: {
        ground: { label: 'Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác', cite: 'điểm a khoản 1 Điều 34 Luật Tố cáo năm 2018' },
        reasons: 'Chờ kết quả kiểm toán kinh phí công đoàn năm 2025 của Liên đoàn Lao động tỉnh Gia Lai',
      },
    },
  },
  'qd-tiep-tuc-giai-quyet-to-cao': {
    ...denunciationCase,
    kind: 'qd-tiep-tuc-giai-quyet-to-cao',
    numberText: '30/QĐ-CĐVC',
    issuedOn: '2026-05-25',
    signer: CHAIRMAN,
    denunciation: {
      ...denunciation,
      resumption: { suspensionNumberText: '27/QĐ-CĐVC', suspensionIssuedOn: '2026-04-20', newDueOn: '2026-06-15', reasons: 'Đã có kết quả kiểm toán' },
    },
  },
  'qd-dinh-chi-giai-quyet-to-cao': {
    ...denunciationCase,
    kind: 'qd-dinh-chi-giai-quyet-to-cao',
    numberText: '32/QĐ-CĐVC',
    issuedOn: '2026-05-28',
    signer: CHAIRMAN,
    denunciation: {
      ...denunciation,
      termination: { ground: { label: 'Người tố cáo rút toàn bộ nội dung tố cáo', cite: 'điểm a khoản 3 Điều 34 Luật Tố cáo năm 2018' } },
    },
  },
  'kl-noi-dung-to-cao': {
    ...denunciationCase,
    kind: 'kl-noi-dung-to-cao',
    numberText: '35/KL-CĐVC',
    issuedOn: '2026-06-10',
    signer: CHAIRMAN,
    denunciation: {
      ...denunciation,
      verification: 'Chuyến tham quan tháng 7/2025 có 06 người không phải là đoàn viên\nQuyết toán năm 2025 được niêm yết ngày 20/01/2026',
      conclusion,
    },
  },
  'tb-ket-qua-giai-quyet-to-cao': {
    ...denunciationCase,
    kind: 'tb-ket-qua-giai-quyet-to-cao',
    numberText: '36/TB-CĐVC',
    issuedOn: '2026-06-12',
    signer: INSPECTOR,
    denunciation: { ...toDenouncer, conclusion, conclusionDocument: { numberText: '35/KL-CĐVC', issuedOn: '2026-06-10' } },
  },
  'tb-cong-khai-ket-luan-to-cao': {
    ...denunciationCase,
    kind: 'tb-cong-khai-ket-luan-to-cao',
    numberText: '37/TB-CĐVC',
    issuedOn: '2026-06-15',
    signer: INSPECTOR,
    denunciation: {
      ...denunciation,
      conclusion,
      conclusionDocument: { numberText: '35/KL-CĐVC', issuedOn: '2026-06-10' },
      publication: { method: 'niêm yết tại trụ sở Công đoàn Viên chức tỉnh Gia Lai trong thời gian 15 ngày' },
    },
  },
};
