import {
  accusedText,
  date,
  decisionOpening,
  denunciationExecution,
  denunciationOf,
  leadAndItems,
  DENUNCIATION_LAWS,
  required,
  ubkt,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { article } from './wording';

/**
 * QĐ thụ lý tố cáo (Luật Tố cáo Art. 29; domain §7): whom and what the denunciation is about, the 30-day period
 * (Art. 30(1)). It names the accused and never the denouncer (Art. 8(3)): it is read by the verifiers and the accused.
 */
export const qdThuLyToCao: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định về việc thụ lý tố cáo',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const d = denunciationOf(facts);
    const dueOn = required(d.resolutionDueOn, facts, 'denunciation.resolutionDueOn');
    return {
      summary: 'Về việc thụ lý tố cáo',
      body: [
        ...decisionOpening(facts, { laws: DENUNCIATION_LAWS, considering: [`Xét đơn tố cáo nhận ngày ${date(d.receivedOn)};`] }),
        article(1, `Thụ lý tố cáo đối với ${accusedText(d)}.`),
        ...leadAndItems('Nội dung tố cáo:', d.content),
        article(
          2,
          `Thời hạn giải quyết tố cáo là 30 ngày kể từ ngày ký Quyết định này, đến hết ngày ${date(dueOn)}. ${ubkt(facts)} ` +
            'có trách nhiệm xác minh nội dung tố cáo và báo cáo kết quả với Ban Thường vụ.',
        ),
        denunciationExecution(3, facts, d),
      ],
      recipients: ['- Như Điều 3;', '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
