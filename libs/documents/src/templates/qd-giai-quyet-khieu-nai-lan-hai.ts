import {
  articleText,
  complaintContent,
  complaintDecisionRecipients,
  complaintLetter,
  complaintOf,
  complaintParties,
  decisionOpening,
  decisionRef,
  FINDING_WORDS,
  COMPLAINT_LAWS,
  person,
  Person,
  reportTo,
  required,
  sectionHeading,
  ubkt,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { article, freeTextParagraphs, paragraph } from './wording';

/**
 * QĐ giải quyết khiếu nại lần hai, by the direct upper union (Luật Khiếu nại Art. 40; domain §6): it recalls the
 * first decision; it takes legal effect 30 days after it is issued (Art. 44) and the complainant may sue.
 */
export const qdGiaiQuyetKhieuNaiLanHai: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định về việc giải quyết khiếu nại (lần hai)',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const c = complaintOf(facts, 2);
    const first = required(c.firstDecision, facts, 'complaint.firstDecision');
    const finding = required(c.finding, facts, 'complaint.finding');
    const verification = required(c.verification, facts, 'complaint.verification');
    const resolution = required(c.resolution, facts, 'complaint.resolution');
    const complainant = person(c.complainant.fullName);
    const parties = complaintParties(c);
    return {
      summary: `Về việc giải quyết khiếu nại (lần hai) của ${complainant}`,
      body: [
        ...decisionOpening(facts, {
          laws: COMPLAINT_LAWS,
          considering: [complaintLetter(facts, c)],
          findings: [
            sectionHeading('1. Nội dung khiếu nại'),
            ...complaintContent(c),
            sectionHeading('2. Kết quả giải quyết khiếu nại lần đầu'),
            paragraph(
              `Khiếu nại đã được ${first.issuerName.trim()} giải quyết lần đầu tại ${decisionRef(first)}. ` +
                `${Person(c.complainant.fullName)} không đồng ý và khiếu nại lần hai.`,
            ),
            sectionHeading('3. Kết quả xác minh nội dung khiếu nại'),
            ...freeTextParagraphs(verification),
            sectionHeading('4. Kết luận'),
            paragraph(`Nội dung khiếu nại của ${complainant} là ${FINDING_WORDS[finding]}.`),
            paragraph('Từ những nhận định và căn cứ trên,'),
          ],
        }),
        ...articleText(1, resolution),
        article(
          2,
          'Quyết định này có hiệu lực pháp luật sau 30 ngày kể từ ngày ban hành. Nếu không đồng ý với việc giải quyết khiếu nại ' +
            `lần hai, ${complainant} có quyền khởi kiện tại Tòa án theo quy định của pháp luật.`,
        ),
        article(
          3,
          `${ubkt(facts)}, ${first.issuerName.trim()}, ${parties} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách ` +
            'nhiệm thi hành Quyết định này./.',
        ),
      ],
      recipients: complaintDecisionRecipients(c, `- ${first.issuerName.trim()};`, ...reportTo(facts)),
      appendix: null,
    };
  },
};
