import type { DocumentTemplate } from './template';
import { cdcsName, closingParagraph, noticeRecipients, paragraph, receivedParagraph } from './wording';

/** Thông báo tiếp nhận hồ sơ: the dossier is complete and will be decided on (domain §2 step 4). */
export const tbTiepNhanHoSo: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo tiếp nhận hồ sơ',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    return {
      summary: `Về việc tiếp nhận hồ sơ đề nghị công nhận ${cdcsName(facts)}`,
      body: [
        receivedParagraph(facts),
        paragraph(
          `Qua kiểm tra, hồ sơ có đủ thành phần theo quy định. ${facts.issuer.name} tiếp nhận hồ sơ; việc công nhận ` +
            'đoàn viên, công đoàn cơ sở và Ban Chấp hành công đoàn cơ sở sẽ được xem xét, quyết định theo quy định.',
        ),
        closingParagraph(facts, 'biết'),
      ],
      recipients: noticeRecipients(facts),
      appendix: null,
    };
  },
};
