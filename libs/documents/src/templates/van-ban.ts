import { DOCUMENT_TYPE_NAMES } from '../document-facts';
import { required } from './complaint-wording';
import { addressees, bareSummary, issuanceOf, kinhGui, urgencyOf, vvSummary } from './issuance-wording';
import { draftParagraphs, recipientLine, withEndMark } from './procedure-wording';
import type { DocumentTemplate } from './template';

/**
 * A document the union drafts itself (ban hành văn bản, domain §8; NĐ 30/2020 Art. 10–18): a Kế hoạch, Thông báo,
 * Báo cáo… under its tên loại and trích yếu, numbered in the series of its own type (typeCode 'theo-loai'). A công
 * văn has no tên loại: its trích yếu stands under the number ('V/v …') and its addressees open it ('Kính gửi: …').
 * The body is the approved draft, one paragraph per line, closed with './.'.
 */
export const vanBan: DocumentTemplate = {
  typeCode: 'theo-loai',
  name: 'Văn bản của công đoàn',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const issuance = issuanceOf(facts);
    const content = draftParagraphs(required(issuance.content, facts, 'the approved draft (issuance.content)'));
    if (content.length === 0) throw new RangeError(`${facts.kind} needs the approved draft (issuance.content)`);
    required(bareSummary(issuance.summary), facts, 'the trích yếu (issuance.summary)');
    const names = addressees(issuance);
    if (issuance.documentType === 'CV') {
      return {
        summary: vvSummary(issuance.summary),
        typeName: null,
        ...urgencyOf(issuance),
        body: [...kinhGui(facts, names), ...withEndMark(content)],
        recipients: ['- Như trên;', '- Lưu: VT.'],
        appendix: null,
      };
    }
    return {
      summary: bareSummary(issuance.summary),
      typeName: issuance.typeName?.trim() || DOCUMENT_TYPE_NAMES[issuance.documentType],
      ...urgencyOf(issuance),
      body: withEndMark(content),
      recipients: [...names.map(recipientLine), '- Lưu: VT.'],
      appendix: null,
    };
  },
};
