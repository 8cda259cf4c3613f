import type { CommendationFacts } from '../document-facts';
import { upperVi } from '../uppercase';
import { inline, required } from './complaint-wording';
import { date, decisionHead, decisionRecipients, submissionText, workingRules } from './procedure-wording';
import type { DocumentTemplate } from './template';
import { article, awardPhrase, countText } from './wording';

/** Luật TĐKT 06/2022/QH15, NĐ 152/2025/NĐ-CP (replacing NĐ 98/2023) and the union's Quy chế (QĐ 999/QĐ-TLĐ), domain §0. */
export const COMMENDATION_LAWS = [
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
  'Căn cứ Quy chế khen thưởng của tổ chức Công đoàn ban hành kèm theo Quyết định số 999/QĐ-TLĐ ngày 29/05/2024 của ' +
    'Tổng Liên đoàn Lao động Việt Nam;',
];

/** '03 tập thể và 05 cá nhân', '02 cá nhân' */
function countWords(nominees: CommendationFacts['nominees']): string {
  const collectives = nominees.filter((n) => n.collective).length;
  const individuals = nominees.length - collectives;
  return [collectives ? `${countText(collectives)} tập thể` : '', individuals ? `${countText(individuals)} cá nhân` : ''].filter(Boolean).join(' và ');
}

/** 'tập thể, cá nhân', 'cá nhân' or 'tập thể': who the list holds */
function whoWords(nominees: CommendationFacts['nominees']): string {
  const collectives = nominees.some((n) => n.collective);
  const individuals = nominees.some((n) => !n.collective);
  return collectives && individuals ? 'tập thể, cá nhân' : collectives ? 'tập thể' : 'cá nhân';
}

/** 'xuất sắc trong phong trào thi đua năm 2026': the period added unless the achievements already say it */
function achievementsText(c: CommendationFacts): string {
  const text = inline(c.achievements);
  const period = c.period?.trim();
  if (!period || text.includes(period)) return text;
  return `${text} ${/^\d{4}$/.test(period) ? `năm ${period}` : period}`;
}

/**
 * QĐ khen thưởng (domain §4): the award to the nominees the Hội đồng Thi đua - Khen thưởng passed, and to them only
 * (`commendation.nominees` holds the awarded). Its meeting is cited by counts, the ballot being secret.
 */
export const qdKhenThuong: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định khen thưởng',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const c = required(facts.commendation, facts, 'the commendation facts (commendation)');
    const nominees = c.nominees.filter((n) => n.name.trim());
    if (nominees.length === 0) throw new RangeError(`${facts.kind} needs the nominees the council passed (commendation.nominees)`);
    const award = awardPhrase(c);
    const label = c.awardLabel.trim();
    const proposer = c.proposingUnit?.trim();
    const who = whoWords(nominees);
    const considering = [
      ...(proposer || c.submission
        ? [`Xét đề nghị của ${proposer ?? 'đơn vị'}${c.submission ? ` tại ${submissionText(c.submission)}` : ''};`]
        : []),
      ...(c.council
        ? [
            `Xét đề nghị của Hội đồng Thi đua - Khen thưởng ${facts.issuer.name} tại cuộc họp ngày ${date(c.council.heldOn)} ` +
              `(${countText(c.council.present)}/${countText(c.council.members)} thành viên có mặt).`,
          ]
        : ['Xét đề nghị của Hội đồng Thi đua - Khen thưởng.']),
    ];
    const isTitle = award.startsWith('công nhận');
    return {
      summary: `Về việc ${award} cho ${countWords(nominees)}`,
      body: [
        ...decisionHead(facts, [...COMMENDATION_LAWS, workingRules(facts), ...considering]),
        article(
          1,
          `${upperFirst(award)} cho ${countWords(nominees)} có tên trong danh sách kèm theo, đã có thành tích ${achievementsText(c)}.`,
        ),
        article(
          2,
          isTitle
            ? `Các ${who} được ${award} được hưởng mức tiền thưởng theo quy định hiện hành.`
            : `Kèm theo ${label}, các ${who} được khen thưởng được hưởng mức tiền thưởng theo quy định hiện hành.`,
        ),
        article(
          3,
          `Quyết định này có hiệu lực kể từ ngày ký. Văn phòng, các ban của ${facts.issuer.name}` +
            `${proposer ? `, ${proposer}` : ''} và các ${who} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
        ),
      ],
      recipients: decisionRecipients(facts, 3, 'TĐKT'),
      appendix: {
        titleLines: ['DANH SÁCH', upperVi(`${who} được ${award}`)],
        note: `(Kèm theo Quyết định số ${facts.numberText} ngày ${date(facts.issuedOn)} của Ban Thường vụ ${facts.issuer.name})`,
        columns: [
          { header: 'STT', width: 0.1, align: 'center' },
          { header: 'Họ và tên / Tên tập thể', width: 0.42, align: 'left' },
          { header: 'Chức vụ, đơn vị', width: 0.48, align: 'left' },
        ],
        rows: nominees.map((n, i) => [String(i + 1), n.name.trim(), n.position?.trim() ?? '']),
      },
    };
  },
};

const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
