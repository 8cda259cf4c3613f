import { complaintOf, complaintReceived, inline, noticeClosing, person, Person, required } from './complaint-wording';
import type { DocumentTemplate } from './template';
import { freeTextParagraphs, paragraph } from './wording';

/** Thông báo không thụ lý giải quyết khiếu nại (Luật Khiếu nại Art. 11, 27): the ground, its article and the reasons. */
export const tbKhongThuLyKhieuNai: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo về việc không thụ lý giải quyết khiếu nại',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const c = complaintOf(facts);
    const refusal = required(c.refusal, facts, 'complaint.refusal');
    return {
      summary: 'Về việc không thụ lý giải quyết khiếu nại',
      body: [
        ...complaintReceived(facts, c),
        paragraph(
          `Sau khi xem xét nội dung đơn khiếu nại, căn cứ ${refusal.cite.trim()}, đơn khiếu nại không đủ điều kiện thụ lý ` +
            `giải quyết vì: ${inline(refusal.label)}.`,
        ),
        ...freeTextParagraphs(refusal.reasons ?? '', 'Cụ thể: '),
        noticeClosing(facts, person(c.complainant.fullName)),
      ],
      recipients: [`- ${Person(c.complainant.fullName)};`, '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
