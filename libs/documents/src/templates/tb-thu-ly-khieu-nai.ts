import { complaintOf, complaintReceived, date, instanceWords, noticeClosing, person, Person, required } from './complaint-wording';
import type { DocumentTemplate } from './template';
import { countText, paragraph } from './wording';

/** Thông báo thụ lý giải quyết khiếu nại (Luật Khiếu nại Art. 27, 36; domain §6): accepted on, period, last day. */
export const tbThuLyKhieuNai: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo về việc thụ lý giải quyết khiếu nại',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const c = complaintOf(facts);
    const acceptedOn = required(c.acceptedOn, facts, 'complaint.acceptedOn');
    const days = required(c.resolutionDays, facts, 'complaint.resolutionDays');
    const dueOn = required(c.resolutionDueOn, facts, 'complaint.resolutionDueOn');
    const { name } = facts.issuer;
    return {
      summary: 'Về việc thụ lý giải quyết khiếu nại',
      body: [
        ...complaintReceived(facts, c),
        paragraph(
          `Sau khi xem xét nội dung đơn khiếu nại, căn cứ Luật Khiếu nại năm 2011, đơn khiếu nại đủ điều kiện thụ lý và thuộc ` +
            `thẩm quyền giải quyết ${instanceWords(c.instance)} của ${name}. ${name} thụ lý giải quyết khiếu nại từ ngày ${date(acceptedOn)}.`,
        ),
        paragraph(`Thời hạn giải quyết khiếu nại là ${countText(days)} ngày kể từ ngày thụ lý, đến hết ngày ${date(dueOn)}.`),
        noticeClosing(facts, person(c.complainant.fullName)),
      ],
      recipients: [`- ${Person(c.complainant.fullName)};`, '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
