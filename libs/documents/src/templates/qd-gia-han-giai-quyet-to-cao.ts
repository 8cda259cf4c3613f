import {
  acceptanceBasis,
  accusedText,
  date,
  decisionOpening,
  denunciationDecisionRecipients,
  denunciationExecution,
  denunciationOf,
  groundText,
  DENUNCIATION_LAWS,
  required,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { article, countText, dashItems, freeTextParagraphs, paragraph } from './wording';

/** Luật Tố cáo Art. 30(1): each extension is at most 30 days. */
const MAX_EXTENSION_DAYS = 30;

/**
 * QĐ gia hạn giải quyết tố cáo (Luật Tố cáo Art. 30; NĐ 31/2019 Art. 3; domain §7). A complex case (one criterion of
 * Art. 3(2)) has one extension, a particularly complex one (two or more, Art. 3(3)) two. Sent to both parties: the
 * denouncer is "người tố cáo", never named.
 */
export const qdGiaHanGiaiQuyetToCao: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định về việc gia hạn giải quyết tố cáo',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const d = denunciationOf(facts);
    const ext = required(d.extension, facts, 'denunciation.extension');
    const { ordinal, amount, criteria } = ext;
    if (criteria.length === 0) throw new RangeError(`${facts.kind} needs the complexity criteria met (NĐ 31/2019 Art. 3)`);
    if (ordinal === 2 && criteria.length < 2) {
      throw new RangeError(`${facts.kind}: a second extension needs a particularly complex case (two criteria or more)`);
    }
    if (!Number.isInteger(amount) || amount < 1 || amount > MAX_EXTENSION_DAYS) {
      throw new RangeError(`${facts.kind}: an extension is 1 to ${MAX_EXTENSION_DAYS} days, not ${amount}`);
    }
    const complexity = criteria.length >= 2 ? 'đặc biệt phức tạp' : 'phức tạp';
    return {
      summary: 'Về việc gia hạn giải quyết tố cáo',
      body: [
        ...decisionOpening(facts, { laws: DENUNCIATION_LAWS, decisions: acceptanceBasis(facts, d) }),
        article(
          1,
          `Gia hạn lần ${ordinal === 1 ? 'thứ nhất' : 'thứ hai'} thời hạn giải quyết tố cáo đối với ${accusedText(d)}, thêm ` +
            `${countText(amount)} ngày. Thời hạn giải quyết tố cáo đến hết ngày ${date(ext.newDueOn)}.`,
        ),
        paragraph(`Vụ việc tố cáo có tính chất ${complexity}, thuộc trường hợp:`),
        ...dashItems(criteria.map(groundText)),
        ...freeTextParagraphs(ext.reasons, 'Lý do gia hạn: '),
        article(2, 'Quyết định này được gửi đến người tố cáo, người bị tố cáo theo quy định tại Điều 30 Luật Tố cáo năm 2018.'),
        denunciationExecution(3, facts, d),
      ],
      recipients: denunciationDecisionRecipients(d),
      appendix: null,
    };
  },
};
