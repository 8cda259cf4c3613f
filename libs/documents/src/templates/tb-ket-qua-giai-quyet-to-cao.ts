import {
  issuedSentence,
  leadAndItems,
  denouncerOf,
  denunciationReceived,
  FINDING_WORDS,
  noticeClosing,
  person,
  Person,
  required,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { freeTextParagraphs, paragraph } from './wording';

/** Thông báo kết quả giải quyết tố cáo, to the denouncer (Luật Tố cáo Art. 35): the conclusion's number, date and result. */
export const tbKetQuaGiaiQuyetToCao: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo kết quả giải quyết tố cáo',
  issuedByStandingCommittee: false,
  identifiesDenouncer: true,
  compose(facts) {
    const { denunciation: d, denouncer } = denouncerOf(facts);
    const conclusion = required(d.conclusion, facts, 'denunciation.conclusion');
    const document = required(d.conclusionDocument, facts, 'denunciation.conclusionDocument');
    const accepted = d.acceptance ? `${issuedSentence(facts, d.acceptance)} về việc thụ lý tố cáo. ` : '';
    return {
      summary: 'Về kết quả giải quyết tố cáo',
      body: [
        ...denunciationReceived(facts, d, denouncer),
        paragraph(
          `${accepted}${issuedSentence(facts, document, 'Kết luận')} về nội dung tố cáo. Căn cứ Điều 35 Luật Tố cáo năm 2018, ` +
            `${facts.issuer.name} thông báo kết quả giải quyết tố cáo như sau:`,
        ),
        paragraph(`Nội dung tố cáo là ${FINDING_WORDS[conclusion.finding]}.`),
        ...freeTextParagraphs(conclusion.text),
        ...(conclusion.measures?.trim() ? leadAndItems('Biện pháp xử lý:', conclusion.measures) : []),
        noticeClosing(facts, person(denouncer.fullName)),
      ],
      recipients: [`- ${Person(denouncer.fullName)};`, '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
