import { leadAndItems, required, standingCommittee } from './complaint-wording';
import { DISCIPLINE_RULES, disciplineOf, formWords, subjectName, subjectText } from './discipline-wording';
import { date, recipientLine } from './procedure-wording';
import type { DocumentTemplate } from './template';
import { paragraph } from './wording';

/**
 * Thông báo to the Party, government or professional body that manages the disciplined person (QĐ 5130/QĐ-TLĐ
 * Art. 3(12), within 15 days; domain §5): the decision's number and date, the form and the violation.
 */
export const tbKyLuatCoQuanQuanLy: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo kỷ luật đến cơ quan quản lý',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const d = disciplineOf(facts);
    const managingBody = required(d.managingBody, facts, 'discipline.managingBody').trim();
    const decision = required(d.decision, facts, 'discipline.decision (the QĐ kỷ luật)');
    const who = subjectName(d);
    return {
      summary: `Về việc kỷ luật đối với ${subjectText(d)}`,
      body: [
        paragraph(
          `Thực hiện khoản 12 Điều 3 ${DISCIPLINE_RULES.replace(/^Căn cứ /, '').replace(/;$/, '')}, ${facts.issuer.name} ` +
            `thông báo đến ${managingBody} việc kỷ luật đối với ${subjectText(d)} như sau:`,
        ),
        paragraph(
          `Ngày ${date(decision.issuedOn)}, ${standingCommittee(facts)} đã ban hành Quyết định số ${decision.numberText.trim()} ` +
            `về việc thi hành kỷ luật bằng hình thức ${formWords(d)} đối với ${who}.`,
        ),
        paragraph(`Hình thức kỷ luật: ${d.formLabel.trim()}.`),
        ...leadAndItems('Nội dung vi phạm:', d.violation),
        paragraph(`${facts.issuer.name} thông báo để ${managingBody} biết, phối hợp quản lý, giáo dục ${who}./.`),
      ],
      recipients: [recipientLine(managingBody), '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
