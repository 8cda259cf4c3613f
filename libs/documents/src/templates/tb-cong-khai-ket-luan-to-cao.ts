import {
  accusedText,
  date,
  denunciationOf,
  FINDING_WORDS,
  inline,
  Person,
  required,
  sectionHeading,
  standingCommittee,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { freeTextParagraphs, paragraph } from './wording';

/**
 * Thông báo công khai kết luận nội dung tố cáo (Luật Tố cáo Art. 40; domain §7): posted, read at a meeting or put on
 * the portal, so never the denouncer (Art. 40(3)).
 */
export const tbCongKhaiKetLuanToCao: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo công khai kết luận nội dung tố cáo',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const d = denunciationOf(facts);
    const conclusion = required(d.conclusion, facts, 'denunciation.conclusion');
    const document = required(d.conclusionDocument, facts, 'denunciation.conclusionDocument');
    const publication = required(d.publication, facts, 'denunciation.publication');
    const measures = conclusion.measures?.trim() ? freeTextParagraphs(conclusion.measures) : [];
    return {
      summary: 'Về việc công khai kết luận nội dung tố cáo',
      body: [
        paragraph(
          `Thực hiện Điều 40 Luật Tố cáo năm 2018, ${facts.issuer.name} công khai Kết luận số ${document.numberText} ngày ` +
            `${date(document.issuedOn)} của ${standingCommittee(facts)} về nội dung tố cáo đối với ${accusedText(d)}, như sau:`,
        ),
        sectionHeading('1. Nội dung tố cáo'),
        ...freeTextParagraphs(d.content),
        sectionHeading('2. Kết luận nội dung tố cáo'),
        paragraph(`Nội dung tố cáo là ${FINDING_WORDS[conclusion.finding]}.`),
        ...freeTextParagraphs(conclusion.text),
        ...(measures.length ? [sectionHeading('3. Biện pháp xử lý'), ...measures] : []),
        paragraph(`Hình thức công khai: ${inline(publication.method)}.`),
        paragraph(`${facts.issuer.name} thông báo để đoàn viên, người lao động và các cơ quan, tổ chức, cá nhân có liên quan biết./.`),
      ],
      recipients: [`- ${Person(d.accused.fullName)} (người bị tố cáo);`, '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
