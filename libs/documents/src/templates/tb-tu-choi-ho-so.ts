import type { DocumentTemplate } from './template';
import { closingParagraph, dossierRequest, freeTextParagraphs, noticeRecipients, paragraph, receivedParagraph, submitterOf } from './wording';

/**
 * Thông báo từ chối hồ sơ (REJECT, domain §2 step 5, and the other dossier procedures): refusals give their reasons in
 * writing (HD 38 3.1(iv)).
 */
export const tbTuChoiHoSo: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo từ chối hồ sơ',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const request = dossierRequest(facts);
    return {
      summary: request ? `Về việc không chấp thuận đề nghị ${request.short}` : 'Về việc không chấp thuận đề nghị',
      body: [
        receivedParagraph(facts),
        paragraph(
          `Sau khi xem xét, ${facts.issuer.name} không chấp thuận ${request ? `đề nghị ${request.full}` : `đề nghị của ${submitterOf(facts)}`} ` +
            'với lý do như sau:',
        ),
        ...freeTextParagraphs(facts.reasons ?? ''),
        closingParagraph(facts, 'biết'),
      ],
      recipients: noticeRecipients(facts),
      appendix: null,
    };
  },
};
