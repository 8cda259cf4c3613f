import {
  complainedDecision,
  complaintDecisionRecipients,
  complaintLetter,
  complaintOf,
  complaintParties,
  date,
  decisionOpening,
  inline,
  instanceWords,
  COMPLAINT_LAWS,
  person,
  ubkt,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { article } from './wording';

/** QĐ đình chỉ giải quyết khiếu nại: the complainant withdrew the complaint in writing (Luật Khiếu nại Art. 10). */
export const qdDinhChiGiaiQuyetKhieuNai: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định về việc đình chỉ giải quyết khiếu nại',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const c = complaintOf(facts);
    const complainant = person(c.complainant.fullName);
    const accepted = c.acceptedOn ? `, đã được thụ lý giải quyết ngày ${date(c.acceptedOn)}` : '';
    const reasons = c.withdrawalReasons?.trim() ? ` với lý do: ${inline(c.withdrawalReasons)}` : '';
    return {
      summary: 'Về việc đình chỉ giải quyết khiếu nại',
      body: [
        ...decisionOpening(facts, {
          laws: COMPLAINT_LAWS,
          considering: [
            complaintLetter(facts, c),
            `Xét việc ${complainant} có văn bản rút đơn khiếu nại${reasons}, theo quy định tại Điều 10 Luật Khiếu nại năm 2011;`,
          ],
        }),
        article(
          1,
          `Đình chỉ việc giải quyết khiếu nại ${instanceWords(c.instance)} của ${complainant} đối với ${complainedDecision(c)}${accepted}.`,
        ),
        article(2, 'Quyết định có hiệu lực kể từ ngày ký. Việc giải quyết khiếu nại nêu tại Điều 1 kết thúc kể từ ngày ký Quyết định này.'),
        article(
          3,
          `${ubkt(facts)}, ${complaintParties(c)} ` +
            'và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
        ),
      ],
      recipients: complaintDecisionRecipients(c),
      appendix: null,
    };
  },
};
