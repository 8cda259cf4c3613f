import type { DocumentTemplate } from './template';
import { cdcsName, closingParagraph, freeTextParagraphs, noticeRecipients, paragraph, receivedParagraph } from './wording';

/** Thông báo từ chối hồ sơ (REJECT, domain §2 step 5): refusals give their reasons in writing (HD 38 3.1(iv)). */
export const tbTuChoiHoSo: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo từ chối hồ sơ',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    return {
      summary: `Về việc không chấp thuận đề nghị công nhận ${cdcsName(facts)}`,
      body: [
        receivedParagraph(facts),
        paragraph(
          `Sau khi xem xét, ${facts.issuer.name} không chấp thuận đề nghị công nhận đoàn viên, công đoàn cơ sở và ` +
            `Ban Chấp hành ${cdcsName(facts)} với lý do như sau:`,
        ),
        ...freeTextParagraphs(facts.reasons ?? ''),
        closingParagraph(facts, 'biết'),
      ],
      recipients: noticeRecipients(facts),
      appendix: null,
    };
  },
};
