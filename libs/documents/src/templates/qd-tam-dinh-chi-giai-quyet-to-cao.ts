import {
  acceptanceBasis,
  accusedText,
  decisionOpening,
  denunciationDecisionRecipients,
  denunciationExecution,
  denunciationOf,
  groundText,
  DENUNCIATION_LAWS,
  required,
  standingCommittee,
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { article, freeTextParagraphs } from './wording';

/**
 * QĐ tạm đình chỉ việc giải quyết tố cáo (Luật Tố cáo Art. 34(1)–(2); domain §7): the ground and the reasons; the
 * time of suspension is not counted in the resolution period.
 */
export const qdTamDinhChiGiaiQuyetToCao: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định về việc tạm đình chỉ việc giải quyết tố cáo',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const d = denunciationOf(facts);
    const suspension = required(d.suspension, facts, 'denunciation.suspension');
    return {
      summary: 'Về việc tạm đình chỉ việc giải quyết tố cáo',
      body: [
        ...decisionOpening(facts, { laws: DENUNCIATION_LAWS, decisions: acceptanceBasis(facts, d) }),
        article(
          1,
          `Tạm đình chỉ việc giải quyết tố cáo đối với ${accusedText(d)}, kể từ ngày ký Quyết định này. ` +
            `Căn cứ tạm đình chỉ: ${groundText(suspension.ground)}.`,
        ),
        ...freeTextParagraphs(suspension.reasons, 'Lý do: '),
        article(
          2,
          'Thời gian tạm đình chỉ không tính vào thời hạn giải quyết tố cáo. Khi căn cứ tạm đình chỉ không còn, ' +
            `${standingCommittee(facts)} ra quyết định tiếp tục giải quyết tố cáo (khoản 2 Điều 34 Luật Tố cáo năm 2018).`,
        ),
        denunciationExecution(3, facts, d),
      ],
      recipients: denunciationDecisionRecipients(d),
      appendix: null,
    };
  },
};
