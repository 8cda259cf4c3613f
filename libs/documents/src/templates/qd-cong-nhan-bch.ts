import type { CommitteeFacts, DocumentFacts } from '../document-facts';
import type { Appendix } from '../document-model';
import { upperVi } from '../uppercase';
import { required } from './complaint-wording';
import {
  byPosition,
  CHARTER_GUIDANCE,
  date,
  decisionHead,
  decisionRecipients,
  namesText,
  positionLabel,
  submissionText,
  UNION_CHARTER,
  workingRules,
} from './procedure-wording';
import type { DocumentTemplate } from './template';
import { article, committeeRecognition, countText, hasStandingCommittee, membersOf, termText } from './wording';

/** 'đồng chí A' or 'các đồng chí A và B' */
const comrades = (names: readonly string[]): string => `${names.length > 1 ? 'các đồng chí' : 'đồng chí'} ${namesText(names)}`;

/**
 * QĐ công nhận Ban Chấp hành, Ban Thường vụ, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra after a congress (domain §3;
 * HD 38 Mục 10; QĐ 933 Mẫu 1.3, a decision of the upper union's Ban Thường vụ). It recognises only the bodies and
 * positions the data holds: no BTV article without Ủy viên Ban Thường vụ, no UBKT article without its members.
 */
export const qdCongNhanBch: DocumentTemplate = {
  typeCode: 'QĐ',
  name: 'Quyết định công nhận Ban Chấp hành, Ban Thường vụ, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra',
  issuedByStandingCommittee: true,
  identifiesDenouncer: false,
  compose(facts) {
    const c = required(facts.committee, facts, 'the committee facts (committee)');
    for (const m of c.members) positionLabel(facts, m.position);
    const unit = required(c.unitName, facts, 'the lower union’s name (committee.unitName)').trim();
    const term = termText(c.term);
    const hasBtv = hasStandingCommittee(c.members);
    const names = (position: string) => c.members.filter((m) => m.position === position).map((m) => m.fullName.trim());
    const bch = membersOf(c.members, 'BCH', hasBtv);
    const btv = hasBtv ? byPosition(membersOf(c.members, 'BTV', true)) : [];
    const ubkt = membersOf(c.members, 'UBKT', hasBtv);
    if (bch.length === 0) throw new RangeError(`${facts.kind} needs the members of the Ban Chấp hành`);
    const [chairs, vices, ubktChairs, ubktVices] = [names('chu-tich'), names('pho-chu-tich'), names('chu-nhiem-ubkt'), names('pho-chu-nhiem-ubkt')];

    const officers = [
      ...(chairs.length ? [`${comrades(chairs)} giữ chức Chủ tịch`] : []),
      ...(vices.length ? [`${comrades(vices)} giữ chức Phó Chủ tịch`] : []),
    ];
    const ubktOfficers = [
      ...(ubktChairs.length ? [`${comrades(ubktChairs)} giữ chức Chủ nhiệm Ủy ban Kiểm tra`] : []),
      ...(ubktVices.length ? [`${comrades(ubktVices)} giữ chức Phó Chủ nhiệm Ủy ban Kiểm tra`] : []),
    ];
    const texts = [
      `Công nhận Ban Chấp hành ${unit}${term} gồm ${countText(bch.length)} đồng chí (có danh sách kèm theo).`,
      ...(btv.length
        ? [`Công nhận Ban Thường vụ ${unit}${term} gồm ${countText(btv.length)} đồng chí: ${namesText(btv.map((m) => m.fullName.trim()))}.`]
        : []),
      ...(officers.length ? [`Công nhận ${officers.join('; ')} ${unit}${term}.`] : []),
      ...(ubkt.length
        ? [
            `Công nhận Ủy ban Kiểm tra ${unit}${term} gồm ${countText(ubkt.length)} đồng chí (có danh sách kèm theo)` +
              `${ubktOfficers.length ? `; ${ubktOfficers.join('; ')}` : ''}.`,
          ]
        : []),
      `Quyết định này có hiệu lực kể từ ngày ký. Ban Tổ chức ${facts.issuer.name}, Ban Chấp hành ${unit} và các đồng chí có tên ` +
        'trong danh sách kèm theo chịu trách nhiệm thi hành Quyết định này./.',
    ];
    const considered = c.submission ? `${submissionText(c.submission)} của Ban Chấp hành ${unit}` : `hồ sơ đề nghị của Ban Chấp hành ${unit} nhận ngày ${date(facts.receivedAt)}`;
    return {
      summary: `Về việc ${committeeRecognition(c)}`,
      body: [
        ...decisionHead(facts, [
          UNION_CHARTER,
          CHARTER_GUIDANCE,
          workingRules(facts),
          `Xét ${considered}, biên bản Đại hội ${unit}${term} ngày ${date(c.congressDate)} và biên bản hội nghị lần thứ nhất ` +
            `Ban Chấp hành ${unit} ngày ${date(c.firstMeetingDate)};`,
          'Theo đề nghị của Ban Tổ chức.',
        ]),
        ...texts.map((text, i) => article(i + 1, text)),
      ],
      recipients: decisionRecipients(facts, texts.length, 'ToC'),
      appendix: appendix(facts, c, hasBtv),
    };
  },
};

/** The BCH with each member's position; then, where there is one, the UBKT (numbered I and II). */
function appendix(facts: DocumentFacts, c: CommitteeFacts, hasBtv: boolean): Appendix {
  const unit = c.unitName.trim();
  const rows = (members: CommitteeFacts['members']) =>
    byPosition(members).map((m, i) => [String(i + 1), m.fullName.trim(), positionLabel(facts, m.position)]);
  const bch = rows(membersOf(c.members, 'BCH', hasBtv));
  const ubkt = rows(membersOf(c.members, 'UBKT', hasBtv));
  return {
    titleLines: [
      'DANH SÁCH',
      upperVi(`${ubkt.length ? 'Ban Chấp hành, Ủy ban Kiểm tra' : 'Ban Chấp hành'} ${unit}`),
      ...(c.term?.trim() ? [upperVi(termText(c.term).trim())] : []),
    ],
    note: `(Kèm theo Quyết định số ${facts.numberText} ngày ${date(facts.issuedOn)} của Ban Thường vụ ${facts.issuer.name})`,
    columns: [
      { header: 'STT', width: 0.12, align: 'center' },
      { header: 'Họ và tên', width: 0.48, align: 'left' },
      { header: 'Chức danh', width: 0.4, align: 'left' },
    ],
    rows: ubkt.length ? [['I', 'BAN CHẤP HÀNH', ''], ...bch, ['II', 'ỦY BAN KIỂM TRA', ''], ...ubkt] : bch,
  };
}
