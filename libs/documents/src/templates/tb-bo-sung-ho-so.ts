import type { DocumentTemplate } from './template';
import { closingParagraph, dossierRequest, dashItems, freeTextParagraphs, noticeRecipients, paragraph, receivedParagraph, submitterOf } from './wording';

/**
 * Thông báo bổ sung hồ sơ (RETURN_FOR_SUPPLEMENT, domain §2 step 4): the missing items as a dashed list, then the
 * officer's comment. A resubmission starts a fresh period (domain §9), which the notice says.
 */
export const tbBoSungHoSo: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo bổ sung hồ sơ',
  issuedByStandingCommittee: false,
  identifiesDenouncer: false,
  compose(facts) {
    const missing = facts.missingItems ?? [];
    const request = dossierRequest(facts);
    return {
      summary: request ? `Về việc bổ sung hồ sơ đề nghị ${request.short}` : 'Về việc bổ sung hồ sơ',
      body: [
        receivedParagraph(facts),
        paragraph(`Qua kiểm tra, hồ sơ chưa đủ thành phần theo quy định. Đề nghị ${submitterOf(facts)} bổ sung các tài liệu sau:`),
        ...dashItems(missing),
        ...freeTextParagraphs(facts.reasons ?? '', 'Lưu ý: '),
        paragraph(
          `Hồ sơ bổ sung đề nghị gửi về ${facts.issuer.name} trong thời hạn 30 ngày kể từ ngày nhận được Thông báo này. ` +
            'Thời hạn xem xét, giải quyết được tính lại từ ngày nhận đủ hồ sơ hợp lệ.',
        ),
        closingParagraph(facts, 'biết, thực hiện'),
      ],
      recipients: noticeRecipients(facts),
      appendix: null,
    };
  },
};
