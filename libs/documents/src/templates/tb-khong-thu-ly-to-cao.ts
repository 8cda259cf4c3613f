import { denouncerOf, denunciationReceived, inline, noticeClosing, person, Person, required } from './complaint-wording';
import type { DocumentTemplate } from './template';
import { freeTextParagraphs, paragraph } from './wording';

/** Thông báo không thụ lý tố cáo, to the denouncer (Luật Tố cáo Art. 29): the ground, its article and the reasons. */
export const tbKhongThuLyToCao: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo về việc không thụ lý tố cáo',
  issuedByStandingCommittee: false,
  identifiesDenouncer: true,
  compose(facts) {
    const { denunciation: d, denouncer } = denouncerOf(facts);
    const refusal = required(d.refusal, facts, 'denunciation.refusal');
    return {
      summary: 'Về việc không thụ lý tố cáo',
      body: [
        ...denunciationReceived(facts, d, denouncer),
        paragraph(`Sau khi xem xét, căn cứ ${refusal.cite.trim()}, đơn tố cáo không đủ điều kiện thụ lý vì: ${inline(refusal.label)}.`),
        ...freeTextParagraphs(refusal.reasons ?? '', 'Cụ thể: '),
        noticeClosing(facts, person(denouncer.fullName)),
      ],
      recipients: [`- ${Person(denouncer.fullName)};`, '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
