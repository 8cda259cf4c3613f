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
} from './complaint-wording';
import type { DocumentTemplate } from './template';
import { article, freeTextParagraphs } from './wording';

/** QĐ đình chỉ việc giải quyết tố cáo (Luật Tố cáo Art. 34(3); domain §7): the ground and the reasons; the case closes. */
export const qdDinhChiGiaiQuyetToCao: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định về việc đình chỉ việc giải quyết tố cáo',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const d = denunciationOf(facts);
    const termination = required(d.termination, facts, 'denunciation.termination');
    return {
      summary: 'Về việc đình chỉ việc giải quyết tố cáo',
      body: [
        ...decisionOpening(facts, { laws: DENUNCIATION_LAWS, decisions: acceptanceBasis(facts, d) }),
        article(1, `Đình chỉ việc giải quyết tố cáo đối với ${accusedText(d)}. Căn cứ đình chỉ: ${groundText(termination.ground)}.`),
        ...freeTextParagraphs(termination.reasons ?? '', 'Lý do: '),
        article(2, 'Việc giải quyết tố cáo kết thúc kể từ ngày ký Quyết định này.'),
        denunciationExecution(3, facts, d),
      ],
      recipients: denunciationDecisionRecipients(d),
      appendix: null,
    };
  },
};
