import { denouncerOf, denunciationReceived, noticeClosing, person, Person, required } from './complaint-wording';
import type { DocumentTemplate } from './template';
import { paragraph } from './wording';

/** Thông báo chuyển đơn tố cáo, to the denouncer: not the union's to resolve, sent to the competent body (Art. 24(2)). */
export const tbChuyenDonToCao: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo về việc chuyển đơn tố cáo',
  issuedByStandingCommittee: false,
  identifiesDenouncer: true,
  compose(facts) {
    const { denunciation: d, denouncer } = denouncerOf(facts);
    const forwardedTo = required(d.forwardedTo, facts, 'denunciation.forwardedTo').trim();
    const { name } = facts.issuer;
    return {
      summary: 'Về việc chuyển đơn tố cáo',
      body: [
        ...denunciationReceived(facts, d, denouncer),
        paragraph(
          `Nội dung tố cáo không thuộc thẩm quyền giải quyết của ${name}. Căn cứ khoản 2 Điều 24 Luật Tố cáo năm 2018, ` +
            `${name} đã chuyển đơn tố cáo đến ${forwardedTo} để xem xét, giải quyết theo thẩm quyền. Việc chuyển đơn bảo đảm ` +
            'giữ bí mật họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo.',
        ),
        noticeClosing(facts, person(denouncer.fullName)),
      ],
      recipients: [`- ${Person(denouncer.fullName)};`, '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
