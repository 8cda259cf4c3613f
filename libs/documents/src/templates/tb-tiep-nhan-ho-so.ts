import type { DocumentTemplate } from './template';
import { closingParagraph, dossierRequest, noticeRecipients, paragraph, receivedParagraph } from './wording';

/**
 * Thông báo tiếp nhận hồ sơ: the dossier is complete and will be decided on (domain §2 step 4; the dossiers of §3 and
 * §4 too, named from their facts).
 */
export const tbTiepNhanHoSo: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo tiếp nhận hồ sơ',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const request = dossierRequest(facts);
    return {
      summary: request ? `Về việc tiếp nhận hồ sơ đề nghị ${request.short}` : 'Về việc tiếp nhận hồ sơ',
      body: [
        receivedParagraph(facts),
        paragraph(
          `Qua kiểm tra, hồ sơ có đủ thành phần theo quy định. ${facts.issuer.name} tiếp nhận hồ sơ; ` +
            `${request?.matter ?? 'đề nghị của đơn vị'} sẽ được xem xét, quyết định theo quy định.`,
        ),
        closingParagraph(facts, 'biết'),
      ],
      recipients: noticeRecipients(facts),
      appendix: null,
    };
  },
};
