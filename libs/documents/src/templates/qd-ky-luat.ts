import { leadAndItems, required, ubkt } from './complaint-wording';
import { ballotBody, DISCIPLINE_RULES, disciplineOf, formWords, subjectName, subjectText } from './discipline-wording';
import { date, decisionHead, decisionRecipients, submissionText, UNION_CHARTER, workingRules } from './procedure-wording';
import type { DocumentTemplate } from './template';
import { article, countText } from './wording';

/**
 * QĐ thi hành kỷ luật (domain §5; QĐ 5130/QĐ-TLĐ Art. 13): the form the Ban Thường vụ's secret ballot resolved. The
 * ballot is cited by counts only (members, present), never by who voted how (Art. 3). The person may complain
 * (Art. 16), the decision applying meanwhile.
 */
export const qdKyLuat: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định thi hành kỷ luật',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const d = disciplineOf(facts);
    required(d.formLabel, facts, 'discipline.formLabel');
    const violation = required(d.violation, facts, 'discipline.violation');
    const { ballot } = d;
    const ballotLine = ballot
      ? [
          `Căn cứ kết quả bỏ phiếu kín của ${ballotBody(facts, ballot.body)} tại hội nghị ngày ${date(ballot.heldOn)} ` +
            `(${countText(ballot.present)}/${countText(ballot.members)} ủy viên có mặt);`,
        ]
      : [];
    const proposal = `Xét ${d.submission ? `${submissionText(d.submission)} và ` : ''}ý kiến tham mưu của ${ubkt(facts)}.`;
    const who = subjectName(d);
    return {
      summary: `Về việc thi hành kỷ luật bằng hình thức ${formWords(d)} đối với ${subjectText(d)}`,
      body: [
        ...decisionHead(facts, [UNION_CHARTER, DISCIPLINE_RULES, workingRules(facts), ...ballotLine, proposal]),
        article(1, `Thi hành kỷ luật bằng hình thức ${formWords(d)} đối với ${subjectText(d)}.`),
        ...leadAndItems('Nội dung vi phạm:', violation),
        article(
          2,
          'Quyết định này có hiệu lực kể từ ngày ký. Trường hợp không đồng ý với Quyết định này, ' +
            `${who} có quyền khiếu nại theo quy định tại Điều 16 Quy định ban hành kèm theo Quyết định số 5130/QĐ-TLĐ; ` +
            'trong thời gian khiếu nại, Quyết định này vẫn phải được thi hành.',
        ),
        article(
          3,
          `${ubkt(facts)}${d.subject.unitName?.trim() && d.subject.kind !== 'tap-the' ? `, Ban Chấp hành ${d.subject.unitName.trim()}` : ''}, ` +
            `${who} và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
        ),
      ],
      recipients: decisionRecipients(facts, 3, 'UBKT'),
      appendix: null,
    };
  },
};
