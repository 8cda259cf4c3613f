import {
  accusedText,
  issuedSentence,
  denunciationOf,
  FINDING_WORDS,
  person,
  Person,
  reportTo,
  required,
  sectionHeading,
  standingCommittee,
  ubkt,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { freeTextParagraphs, paragraph } from './wording';

/**
 * Kết luận nội dung tố cáo (Luật Tố cáo Art. 35; domain §7), of the Ban Thường vụ that accepted the denunciation: the
 * content, the verification, the conclusion (đúng / sai / đúng một phần) and the measures. It goes to the accused and
 * is published (Art. 40), so it never names the denouncer.
 */
export const klNoiDungToCao: DocumentTemplate = {
  typeCode: 'KL',
  name: 'Kết luận nội dung tố cáo',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const d = denunciationOf(facts);
    const acceptance = required(d.acceptance, facts, 'denunciation.acceptance');
    const verification = required(d.verification, facts, 'denunciation.verification');
    const conclusion = required(d.conclusion, facts, 'denunciation.conclusion');
    const board = standingCommittee(facts);
    const measures = conclusion.measures?.trim() ? freeTextParagraphs(conclusion.measures) : [];
    return {
      summary: `Nội dung tố cáo đối với ${accusedText(d)}`,
      body: [
        paragraph(`${issuedSentence(facts, acceptance)} về việc thụ lý tố cáo đối với ${accusedText(d)}.`),
        paragraph(
          `Căn cứ nội dung tố cáo, giải trình của người bị tố cáo, báo cáo kết quả xác minh của ${ubkt(facts)} và các thông tin, ` +
            `tài liệu, chứng cứ có liên quan, ${board} kết luận như sau:`,
        ),
        sectionHeading('1. Nội dung tố cáo'),
        ...freeTextParagraphs(d.content),
        sectionHeading('2. Kết quả xác minh nội dung tố cáo'),
        ...freeTextParagraphs(verification),
        sectionHeading('3. Kết luận nội dung tố cáo'),
        paragraph(`Nội dung tố cáo đối với ${person(d.accused.fullName)} là ${FINDING_WORDS[conclusion.finding]}.`),
        ...freeTextParagraphs(conclusion.text),
        ...(measures.length ? [sectionHeading('4. Biện pháp xử lý, kiến nghị xử lý'), ...measures] : []),
        paragraph(`Trên đây là Kết luận nội dung tố cáo đối với ${accusedText(d)}./.`),
      ],
      recipients: [`- ${Person(d.accused.fullName)} (người bị tố cáo);`, ...reportTo(facts), '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
