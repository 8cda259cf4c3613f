import { date, denouncerOf, denunciationReceived, issuedSentence, lowerFirst, noticeClosing, person, Person, required } from './complaint-wording';
import type { DocumentTemplate } from './template';
import { paragraph } from './wording';

/**
 * Thông báo thụ lý tố cáo to the denouncer (Luật Tố cáo Art. 29(3); domain §7), one of the four kinds that name them.
 */
export const tbThuLyToCao: DocumentTemplate = {
  typeCode: 'TB',
  name: 'Thông báo về việc thụ lý tố cáo',
  issuedByStandingCommittee: false,
  identifiesDenouncer: true,
  compose(facts) {
    const { denunciation: d, denouncer } = denouncerOf(facts);
    const acceptance = required(d.acceptance, facts, 'denunciation.acceptance');
    const due = d.resolutionDueOn ? `, đến hết ngày ${date(d.resolutionDueOn)}` : '';
    return {
      summary: 'Về việc thụ lý tố cáo',
      body: [
        ...denunciationReceived(facts, d, denouncer),
        paragraph(
          `Căn cứ khoản 3 Điều 29 Luật Tố cáo năm 2018, ${facts.issuer.name} thông báo: ${lowerFirst(issuedSentence(facts, acceptance))} ` +
            `về việc thụ lý tố cáo. Thời hạn giải quyết tố cáo là 30 ngày kể từ ngày thụ lý${due}.`,
        ),
        paragraph(
          `${Person(denouncer.fullName)} có các quyền và nghĩa vụ của người tố cáo theo quy định tại Điều 9 Luật Tố cáo năm 2018; ` +
            'họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo được giữ bí mật.',
        ),
        noticeClosing(facts, person(denouncer.fullName)),
      ],
      recipients: [`- ${Person(denouncer.fullName)};`, '- Lưu: VT, UBKT.'],
      appendix: null,
    };
  },
};
