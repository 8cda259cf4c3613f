import {
  acceptanceBasis,
  accusedText,
  date,
  decisionOpening,
  denunciationDecisionRecipients,
  denunciationExecution,
  denunciationOf,
  inline,
  DENUNCIATION_LAWS,
  required,
  standingCommittee,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { article } from './wording';

/** QĐ tiếp tục giải quyết tố cáo (Luật Tố cáo Art. 34(2)): ends the suspension and gives the new last day. */
export const qdTiepTucGiaiQuyetToCao: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định về việc tiếp tục giải quyết tố cáo',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const d = denunciationOf(facts);
    const resumption = required(d.resumption, facts, 'denunciation.resumption');
    const { suspensionNumberText: number, suspensionIssuedOn: issuedOn } = resumption;
    const suspension = number
      ? `Quyết định số ${number.trim()}${issuedOn ? ` ngày ${date(issuedOn)}` : ''} của ${standingCommittee(facts)} về việc tạm đình chỉ việc giải quyết tố cáo`
      : null;
    const reasons = resumption.reasons?.trim() ? `: ${inline(resumption.reasons)}` : '';
    return {
      summary: 'Về việc tiếp tục giải quyết tố cáo',
      body: [
        ...decisionOpening(facts, {
          laws: DENUNCIATION_LAWS,
          decisions: [...acceptanceBasis(facts, d), ...(suspension ? [`Căn cứ ${suspension};`] : [])],
          considering: [`Xét thấy căn cứ tạm đình chỉ việc giải quyết tố cáo không còn${reasons};`],
        }),
        article(
          1,
          `Tiếp tục giải quyết tố cáo đối với ${accusedText(d)}, kể từ ngày ký Quyết định này` +
            `${suspension ? `; chấm dứt việc tạm đình chỉ theo ${suspension}` : ''}.`,
        ),
        article(
          2,
          `Thời hạn giải quyết tố cáo đến hết ngày ${date(resumption.newDueOn)}; thời gian tạm đình chỉ không tính vào ` +
            'thời hạn giải quyết tố cáo (khoản 2 Điều 34 Luật Tố cáo năm 2018).',
        ),
        denunciationExecution(3, facts, d),
      ],
      recipients: denunciationDecisionRecipients(d),
      appendix: null,
    };
  },
};
