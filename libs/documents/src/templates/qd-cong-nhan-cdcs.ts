import { shortVietnameseDate } from '../date-line';
import type { DocumentFacts } from '../document-facts';
import type { Appendix } from '../document-model';
import { upperVi } from '../uppercase';
import type { DocumentTemplate } from './template';
import { article, cdcsName, centeredBold, countText, italicParagraph, subjectOf, submitterOf } from './wording';

const DEFAULT_POSITION = 'Ủy viên BCH';

/**
 * QĐ công nhận đoàn viên, CĐCS và BCH (domain §2 step 5; QĐ 933 Mẫu 1.3, a decision of the Ban Thường vụ).
 * Without an elected BCH in the case data, the decision recognises the members and the CĐCS only and lists the
 * founding applicants instead, so the attached list always exists and never claims a BCH that was not elected.
 */
export const qdCongNhanCdcs: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định công nhận đoàn viên, công đoàn cơ sở và Ban Chấp hành công đoàn cơ sở',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const { issuer } = facts;
    const subject = subjectOf(facts);
    const cdcs = cdcsName(facts);
    const bch = subject.bch ?? [];
    const hasBch = bch.length > 0;
    const parentShort = issuer.parentName?.replace('Liên đoàn Lao động', 'LĐLĐ');
    return {
      summary: hasBch
        ? `Về việc công nhận đoàn viên, công đoàn cơ sở và Ban Chấp hành ${cdcs}`
        : `Về việc công nhận đoàn viên và ${cdcs}`,
      body: [
        centeredBold(upperVi(`Ban Thường vụ ${issuer.name}`)),
        italicParagraph('Căn cứ Điều lệ Công đoàn Việt Nam;'),
        italicParagraph(
          'Căn cứ Hướng dẫn số 38/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam hướng dẫn thi hành Điều lệ Công đoàn Việt Nam ' +
            'về thành lập công đoàn cơ sở;',
        ),
        italicParagraph(`Căn cứ Quy chế làm việc của Ban Thường vụ ${issuer.name};`),
        italicParagraph(
          `Xét hồ sơ đề nghị của ${submitterOf(facts)} nhận ngày ${shortVietnameseDate(facts.receivedAt)} và đề nghị của Ban Tổ chức.`,
        ),
        centeredBold('QUYẾT ĐỊNH:'),
        article(1, `Công nhận ${countText(subject.memberCount)} đoàn viên công đoàn và ${cdcs}, trực thuộc ${issuer.name}.`),
        hasBch
          ? article(2, `Công nhận Ban Chấp hành ${cdcs} nhiệm kỳ thứ nhất gồm ${countText(bch.length)} đồng chí (có danh sách kèm theo).`)
          : article(
              2,
              `Công nhận ${countText(subject.applicants.length)} đồng chí có tên trong danh sách kèm theo là đoàn viên sáng lập ${cdcs}; ` +
                'Ban Chấp hành công đoàn cơ sở được công nhận bằng quyết định riêng.',
            ),
        article(
          3,
          `Quyết định có hiệu lực kể từ ngày ký. Ban Tổ chức, ${hasBch ? `Ban Chấp hành ${cdcs}` : submitterOf(facts)} ` +
            'và các đồng chí có tên tại Điều 2 chịu trách nhiệm thi hành Quyết định này./.',
        ),
      ],
      recipients: ['- Như Điều 3;', ...(parentShort ? [`- Thường trực ${parentShort} (để b/c);`] : []), '- Lưu: VT, ToC.'],
      appendix: appendix(facts, hasBch),
    };
  },
};

function appendix(facts: DocumentFacts, hasBch: boolean): Appendix {
  const people = hasBch
    ? (subjectOf(facts).bch ?? []).map((m) => [m.fullName, m.position?.trim() || DEFAULT_POSITION])
    : subjectOf(facts).applicants.map((a) => [a.fullName, 'Đoàn viên']);
  return {
    titleLines: ['DANH SÁCH', upperVi(`${hasBch ? 'Ban Chấp hành' : 'Đoàn viên sáng lập'} ${cdcsName(facts)}`)],
    note: `(Kèm theo Quyết định số ${facts.numberText} ngày ${shortVietnameseDate(facts.issuedOn)} của Ban Thường vụ ${facts.issuer.name})`,
    columns: [
      { header: 'STT', width: 0.12, align: 'center' },
      { header: 'Họ và tên', width: 0.5, align: 'left' },
      { header: 'Chức danh', width: 0.38, align: 'left' },
    ],
    rows: people.map(([name, position], i) => [String(i + 1), name.trim(), position]),
  };
}
