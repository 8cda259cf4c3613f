import { date, required } from './complaint-wording';
import { addressees, bareSummary, inSentence, issuanceOf, kinhGui, urgencyOf } from './issuance-wording';
import { draftParagraphs } from './procedure-wording';
import type { DocumentTemplate } from './template';
import { paragraph } from './wording';

/**
 * Công văn đính chính (NĐ 30/2020 Art. 18(3); domain §8): an issued document with an error of format (thể thức, kỹ
 * thuật trình bày) is corrected by a công văn to its addressees; an error of content needs a replacement document
 * instead. The body names the document, then what was wrong and the correct reading (the officer's text).
 */
export const cvDinhChinh: DocumentTemplate = {
  typeCode: 'CV',
  name: 'Công văn đính chính văn bản',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const issuance = issuanceOf(facts);
    const corrects = required(issuance.corrects, facts, 'the document corrected (issuance.corrects)');
    const corrections = draftParagraphs(required(issuance.content, facts, 'the corrections (issuance.content)'));
    const document = `Văn bản số ${corrects.numberText.trim()}`;
    const about = bareSummary(corrects.summary);
    return {
      summary: `V/v đính chính ${document} ngày ${date(corrects.issuedOn)}`,
      typeName: null,
      ...urgencyOf(issuance),
      body: [
        ...kinhGui(facts, addressees(issuance)),
        paragraph(
          `Ngày ${date(corrects.issuedOn)}, ${facts.issuer.name} ban hành ${document}${about ? ` về việc ${inSentence(about)}` : ''}. ` +
            `Do sơ suất trong khâu soạn thảo, văn bản có sai sót về thể thức, kỹ thuật trình bày. ${facts.issuer.name} đính chính như sau:`,
        ),
        ...corrections,
        paragraph(`Các nội dung khác của ${document} giữ nguyên.`),
        paragraph(`${facts.issuer.name} thông báo để các cơ quan, đơn vị, cá nhân có liên quan biết, thực hiện./.`),
      ],
      recipients: ['- Như trên;', '- Lưu: VT.'],
      appendix: null,
    };
  },
};
