import { accusedText, date, denunciationOf, issuedSentence, noticeClosing, person, Person, required, ubkt } from './complaint-wording';
import type { DocumentTemplate } from './template';
import { freeTextParagraphs, paragraph } from './wording';

/**
 * Thông báo thụ lý tố cáo và nội dung tố cáo, to the ACCUSED (Luật Tố cáo Art. 29(3), 10): the content only, never
 * the denouncer (Art. 8(3)), and the accused's right to explain (giải trình).
 */
export const tbNoiDungToCao: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo về việc thụ lý tố cáo và nội dung tố cáo',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const d = denunciationOf(facts);
    const acceptance = required(d.acceptance, facts, 'denunciation.acceptance');
    const accused = person(d.accused.fullName);
    const due = d.resolutionDueOn ? ` Thời hạn giải quyết tố cáo đến hết ngày ${date(d.resolutionDueOn)}.` : '';
    return {
      summary: 'Về việc thụ lý tố cáo và nội dung tố cáo',
      body: [
        paragraph(
          `${issuedSentence(facts, acceptance)} về việc thụ lý tố cáo đối với ${accusedText(d)}.${due}`,
        ),
        paragraph(`Căn cứ khoản 3 Điều 29 Luật Tố cáo năm 2018, ${facts.issuer.name} thông báo nội dung tố cáo như sau:`),
        ...freeTextParagraphs(d.content),
        paragraph(
          `Theo quy định tại Điều 10 Luật Tố cáo năm 2018, ${accused} có quyền được thông báo về nội dung tố cáo, giải trình, ` +
            'đưa ra thông tin, tài liệu, chứng cứ để chứng minh nội dung tố cáo là không đúng sự thật. Đề nghị ' +
            `${accused} gửi văn bản giải trình về nội dung bị tố cáo, kèm theo thông tin, tài liệu, chứng cứ (nếu có) đến ` +
            `${ubkt(facts)} và có mặt làm việc khi được yêu cầu.`,
        ),
        noticeClosing(facts, accused, 'biết, thực hiện'),
      ],
      recipients: [`- ${Person(d.accused.fullName)};`, '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
