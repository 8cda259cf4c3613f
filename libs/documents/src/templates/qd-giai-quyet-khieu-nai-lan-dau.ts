import {
  articleText,
  complaintContent,
  complaintDecisionRecipients,
  complaintLetter,
  complaintOf,
  complaintParties,
  decisionOpening,
  FINDING_WORDS,
  COMPLAINT_LAWS,
  person,
  required,
  sectionHeading,
  shortUnion,
  ubkt,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { article, countText, freeTextParagraphs, paragraph } from './wording';

/**
 * QĐ giải quyết khiếu nại lần đầu (Luật Khiếu nại Art. 31; domain §6): the complaint, the verification, the
 * conclusion, then what is decided, the second-complaint window (Art. 33) and who carries it out.
 */
export const qdGiaiQuyetKhieuNaiLanDau: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định về việc giải quyết khiếu nại (lần đầu)',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const c = complaintOf(facts, 1);
    const finding = required(c.finding, facts, 'complaint.finding');
    const verification = required(c.verification, facts, 'complaint.verification');
    const resolution = required(c.resolution, facts, 'complaint.resolution');
    const upper = required(c.upperUnitName?.trim() || facts.issuer.parentName, facts, 'complaint.upperUnitName');
    const windowDays = c.secondInstanceWindowDays ?? 30;
    const complainant = person(c.complainant.fullName);
    const parties = complaintParties(c);
    return {
      summary: `Về việc giải quyết khiếu nại (lần đầu) của ${complainant}`,
      body: [
        ...decisionOpening(facts, {
          laws: COMPLAINT_LAWS,
          considering: [complaintLetter(facts, c)],
          findings: [
            sectionHeading('1. Nội dung khiếu nại'),
            ...complaintContent(c),
            sectionHeading('2. Kết quả xác minh nội dung khiếu nại'),
            ...freeTextParagraphs(verification),
            sectionHeading('3. Kết luận'),
            paragraph(`Nội dung khiếu nại của ${complainant} là ${FINDING_WORDS[finding]}.`),
            paragraph('Từ những nhận định và căn cứ trên,'),
          ],
        }),
        ...articleText(1, resolution),
        article(
          2,
          `Trong thời hạn ${countText(windowDays)} ngày kể từ ngày nhận được Quyết định này, nếu không đồng ý với việc giải quyết ` +
            `khiếu nại, ${complainant} có quyền khiếu nại lần hai đến ${upper.trim()} hoặc khởi kiện tại Tòa án theo quy định ` +
            'của pháp luật. Hết thời hạn trên mà không khiếu nại lần hai, không khởi kiện thì Quyết định này có hiệu lực pháp luật.',
        ),
        article(3, `${ubkt(facts)}, ${parties} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.`),
      ],
      recipients: complaintDecisionRecipients(c, `- Thường trực ${shortUnion(upper)} (để b/c);`),
      appendix: null,
    };
  },
};
