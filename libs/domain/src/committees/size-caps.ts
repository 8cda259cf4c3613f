import { invalidDateProblem, isValidIsoDate } from '../calendar/calendar-date';
import type { FieldProblem } from '../domain-error';
import type { OrgLevel } from '../org-levels';
import { countProblem, fractionText } from '../meetings/meeting-rules';
import { COMMITTEE_BODY_LABELS, COMMITTEE_POSITIONS, COMMITTEE_POSITION_LABELS, type CommitteeBody, type CommitteeMember, bodiesOf } from './case-data';

/**
 * BCH size caps (domain §3). The sources conflict and change each congress cycle, so the caps are a versioned table
 * of data — level × membership band → min/max, in force from a date — never branches in code. A province with its own
 * figures loads its own table and passes it in.
 */

/** One membership band: unions with `fromMembers` ≤ members < `belowMembers` (no upper bound when absent). */
export interface SizeBand {
  fromMembers: number;
  belowMembers?: number;
  min: number;
  max: number;
  source: string;
  sourceEn: string;
  /** [S] a secondary summary gives it; [U] a default chosen where the sources are silent */
  mark: 'S' | 'U';
}

export interface BchSizeTable {
  id: string;
  /** the first congress day the table governs (its congress cycle) */
  effectiveFrom: string;
  /** bands per level: contiguous from 0 members, the last one unbounded */
  bands: Record<OrgLevel, readonly SizeBand[]>;
  /** a BTV is elected only where the BCH has at least this many members */
  btvMinBchSize: number;
  /** the BTV may have at most this share of the BCH; absent when the cycle's guidance sets none */
  btvCap?: { share: number; source: string; sourceEn: string };
  /** with the upper union's consent the BCH may exceed the cap by at most this share */
  increaseShare: number;
  /** units whose own cap the level cannot express: the caller passes it as `unitCap` */
  namedUnitCaps: readonly { unit: string; max: number }[];
}

const HD_03 = { source: 'HD 03/HD-TLĐ 2020, Mục 9.1', sourceEn: 'HD 03/HD-TLĐ 2020, item 9.1', mark: 'S' } as const;
const XIV_PLAN = { source: 'Kế hoạch Đại hội XIV, 2025', sourceEn: 'Đại hội XIV plan, 2025', mark: 'S' } as const;
const PROVINCIAL_PLAN = { source: 'kế hoạch đại hội cấp tỉnh, 2025', sourceEn: 'a provincial congress plan, 2025', mark: 'S' } as const;
const NO_SOURCE = { source: 'mặc định, chưa có nguồn', sourceEn: 'default, no source found', mark: 'U' } as const;

// [U] Only the CĐCS has a sourced minimum (3): every level gets 3, the smallest committee that can elect a chair.
// [U] No source for the central BCH: a generous ceiling (the XIII congress elected about 160) that never blocks on a guess.
const CENTRAL: readonly SizeBand[] = [{ fromMembers: 0, min: 3, max: 175, ...NO_SOURCE }];

export const BCH_SIZE_TABLES: readonly BchSizeTable[] = [
  {
    id: 'hd-03-2020',
    effectiveFrom: '2020-01-01', // the Điều lệ XII cycle
    bands: {
      // [S] HD 03/2020 Mục 9.1: CĐCS 3–15, up to 19 at ≥ 3,000 members.
      grassroots: [
        { fromMembers: 0, belowMembers: 3000, min: 3, max: 15, ...HD_03 },
        { fromMembers: 3000, min: 3, max: 19, ...HD_03 },
      ],
      // [U] HD 03's figures for these levels were not retrieved: the 2025 caps carried back.
      'upper-grassroots': [{ fromMembers: 0, min: 3, max: 27, ...NO_SOURCE }],
      province: [{ fromMembers: 0, min: 3, max: 45, ...NO_SOURCE }],
      central: CENTRAL,
    },
    btvMinBchSize: 9, // [U] Điều lệ XIII Art. 13(7)'s figure, assumed for the XII cycle too
    increaseShare: 0.1, // [S] older guidance: + at most 10% with the upper union's consent
    namedUnitCaps: [],
  },
  {
    id: 'dai-hoi-xiv-2025',
    effectiveFrom: '2025-01-01', // congresses towards Đại hội XIV (2026–2031); xã/phường unions held theirs in 2025
    bands: {
      // [S] The plan: CĐCS 3–25. Inside it, a provincial plan's small-union bands [S]: < 50 members → 3, 50–< 150 → ≤ 5.
      // Coherence: the provincial bands only narrow the plan's 3–25 for small unions; from 150 members the plan's
      // own 3–25 applies (the province grows the cap gradually to 25 at 25,000, but its middle steps were not found).
      grassroots: [
        { fromMembers: 0, belowMembers: 50, min: 3, max: 3, ...PROVINCIAL_PLAN },
        { fromMembers: 50, belowMembers: 150, min: 3, max: 5, ...PROVINCIAL_PLAN },
        { fromMembers: 150, min: 3, max: 25, ...XIV_PLAN },
      ],
      // [S] The plan caps a công đoàn tập đoàn / tổng công ty at 27: the widest upper-grassroots cap, used for all of
      // them. (A provincial plan caps công đoàn xã/phường lower — 13 below 3,000 members, 15 below 7,000 — load it
      // as that province's table.) The minimum is [U].
      'upper-grassroots': [{ fromMembers: 0, min: 3, max: 27, ...XIV_PLAN }],
      // [S] Province and central sector ≤ 45; Hà Nội 55 and HCMC 65 are per unit (namedUnitCaps). Minimum [U].
      province: [{ fromMembers: 0, min: 3, max: 45, ...XIV_PLAN }],
      central: CENTRAL,
    },
    btvMinBchSize: 9, // [S] Điều lệ XIII Art. 13(7)
    btvCap: { share: 1 / 3, source: XIV_PLAN.source, sourceEn: XIV_PLAN.sourceEn }, // [S] the plan: BTV ≤ 1/3 of the BCH
    increaseShare: 0.1, // [S] older guidance, [U] whether it still holds for the XIV cycle
    namedUnitCaps: [
      { unit: 'Liên đoàn Lao động thành phố Hà Nội', max: 55 },
      { unit: 'Liên đoàn Lao động Thành phố Hồ Chí Minh', max: 65 },
    ],
  },
];

/** How the messages name a level: "đối với công đoàn cơ sở" / "for a grassroots union". */
export const ORG_LEVEL_PHRASES: Record<OrgLevel, { vi: string; en: string }> = {
  central: { vi: 'cấp Trung ương', en: 'the central level' },
  province: { vi: 'công đoàn cấp tỉnh, ngành trung ương', en: 'a provincial or central-sector union' },
  'upper-grassroots': { vi: 'công đoàn cấp trên trực tiếp cơ sở', en: 'an upper-grassroots union' },
  grassroots: { vi: 'công đoàn cơ sở', en: 'a grassroots union' },
};

/** The table in force for a congress held on `congressDate`; a date before every table gets the oldest. */
export function sizeTableFor(congressDate: string, tables: readonly BchSizeTable[] = BCH_SIZE_TABLES): BchSizeTable {
  const sorted = [...tables].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return sorted.filter((t) => t.effectiveFrom <= congressDate).pop() ?? sorted[0];
}

export function sizeBandFor(table: BchSizeTable, level: OrgLevel, memberCount: number): SizeBand {
  const bands = table.bands[level];
  return bands.find((b) => memberCount >= b.fromMembers && (b.belowMembers === undefined || memberCount < b.belowMembers)) ?? bands[bands.length - 1];
}

/** The most the BCH may have with the upper union's consent: floor(max × 1.1) by default. */
export function increasedCap(max: number, increaseShare: number): number {
  return Math.floor(max * (1 + increaseShare) + 1e-9);
}

export interface BchSizeInput {
  level: OrgLevel;
  /** the union's members at the congress: the membership band */
  memberCount: number;
  /** the BCH elected */
  size: number;
  congressDate: string;
  /** the number the congress decided */
  decidedSize?: number;
  /** the upper union consented to an increase above the cap */
  increaseConsented: boolean;
  /** a unit's own cap that the level cannot express (table.namedUnitCaps: Hà Nội 55, HCMC 65) */
  unitCap?: number;
  /** the path of the committee's member list, default `data.members`; memberCount etc. are its siblings */
  field?: string;
}

export function bchSizeProblems(input: BchSizeInput, tables: readonly BchSizeTable[] = BCH_SIZE_TABLES): FieldProblem[] {
  const field = input.field ?? 'data.members';
  const sibling = siblingOf(field);
  const problems = [
    isValidIsoDate(input.congressDate) ? undefined : invalidDateProblem(sibling('congressDate')),
    countProblem(input.memberCount, sibling('memberCount'), { vi: 'Số đoàn viên', en: 'The number of union members' }, 1),
    countProblem(input.size, field, { vi: 'Số ủy viên Ban Chấp hành', en: 'The number of BCH members' }, 1),
    input.decidedSize === undefined ? undefined : countProblem(input.decidedSize, sibling('decidedSize'), { vi: 'Số lượng ủy viên do đại hội quyết định', en: 'The size the congress decided' }, 1),
    input.unitCap === undefined ? undefined : countProblem(input.unitCap, sibling('unitCap'), { vi: 'Số tối đa riêng của đơn vị', en: "The unit's own cap" }, 1),
  ].filter((p): p is FieldProblem => p !== undefined);
  if (problems.length > 0) return problems;

  const { size, level } = input;
  const table = sizeTableFor(input.congressDate, tables);
  const band = sizeBandFor(table, level, input.memberCount);
  const max = input.unitCap ?? band.max;
  const where = input.unitCap === undefined ? bandPhrase(level, band) : { vi: 'của đơn vị', en: 'set for this unit' };
  const cite = input.unitCap === undefined ? { vi: ` (${band.source})`, en: ` (${band.sourceEn})` } : { vi: '', en: '' };
  const bch = { vi: `Ban Chấp hành có ${size} ủy viên`, en: `The BCH has ${size} members` };

  if (size < band.min) {
    problems.push({
      field,
      rule: 'BCH_SIZE_BELOW_MIN',
      message: `${bch.vi}, ít hơn số tối thiểu ${band.min} ${where.vi}${cite.vi}`,
      messageEn: `${bch.en}, below the minimum of ${band.min} ${where.en}${cite.en}`,
    });
  }
  if (size > max) {
    const ceiling = increasedCap(max, table.increaseShare);
    const pct = `${Math.round(table.increaseShare * 100)}%`;
    const above = { vi: `${bch.vi}, vượt số tối đa ${max} ${where.vi}${cite.vi}`, en: `${bch.en}, above the maximum of ${max} ${where.en}${cite.en}` };
    if (size > ceiling && input.increaseConsented) {
      problems.push({
        field,
        rule: 'BCH_INCREASE_BEYOND_10_PERCENT',
        message: `${above.vi}: dù công đoàn cấp trên đồng ý, chỉ được tăng thêm không quá ${pct}, tức tối đa ${ceiling} ủy viên`,
        messageEn: `${above.en}: even with the upper union's consent it may grow by at most ${pct}, to ${ceiling} members`,
      });
    } else if (size > ceiling) {
      problems.push({
        field,
        rule: 'BCH_SIZE_ABOVE_CAP',
        message: `${above.vi}; kể cả khi công đoàn cấp trên đồng ý tăng thêm ${pct}, tối đa chỉ ${ceiling} ủy viên`,
        messageEn: `${above.en}; even an increase of ${pct} with the upper union's consent allows at most ${ceiling}`,
      });
    } else if (!input.increaseConsented) {
      problems.push({
        field,
        rule: 'BCH_INCREASE_NEEDS_CONSENT',
        message: `${above.vi}: chỉ được tăng đến ${ceiling} ủy viên (thêm không quá ${pct}) khi có sự đồng ý của công đoàn cấp trên`,
        messageEn: `${above.en}: it may grow to ${ceiling} (at most ${pct} more) only with the upper union's consent`,
      });
    }
  }
  if (input.decidedSize !== undefined && size > input.decidedSize) {
    problems.push({
      field,
      rule: 'BCH_SIZE_ABOVE_DECIDED',
      message: `${bch.vi}, nhiều hơn số lượng ${input.decidedSize} ủy viên do đại hội quyết định`,
      messageEn: `${bch.en}, more than the ${input.decidedSize} the congress decided`,
    });
  }
  return problems;
}

export interface BtvSizeInput {
  bchSize: number;
  /** 0 when no BTV was elected */
  btvSize: number;
  congressDate: string;
  field?: string;
}

export function btvProblems(input: BtvSizeInput, tables: readonly BchSizeTable[] = BCH_SIZE_TABLES): FieldProblem[] {
  const field = input.field ?? 'data.members';
  const problems = [
    isValidIsoDate(input.congressDate) ? undefined : invalidDateProblem(siblingOf(field)('congressDate')),
    countProblem(input.bchSize, field, { vi: 'Số ủy viên Ban Chấp hành', en: 'The number of BCH members' }),
    countProblem(input.btvSize, field, { vi: 'Số ủy viên Ban Thường vụ', en: 'The number of BTV members' }),
  ].filter((p): p is FieldProblem => p !== undefined);
  if (problems.length > 0 || input.btvSize === 0) return problems;

  const { bchSize, btvSize } = input;
  const table = sizeTableFor(input.congressDate, tables);
  if (bchSize < table.btvMinBchSize) {
    return [
      {
        field,
        rule: 'BTV_NEEDS_BCH_OF_9',
        message: `Ban Chấp hành có ${bchSize} ủy viên: chỉ bầu Ban Thường vụ khi có từ ${table.btvMinBchSize} ủy viên trở lên (Điều lệ Công đoàn Việt Nam khóa XIII, Điều 13 khoản 7)`,
        messageEn: `The BCH has ${bchSize} members: a BTV is elected only where the BCH has ${table.btvMinBchSize} or more (Điều lệ XIII Art. 13(7))`,
      },
    ];
  }
  const cap = table.btvCap;
  if (cap !== undefined) {
    const most = Math.floor(bchSize * cap.share + 1e-9);
    if (btvSize > most) {
      const share = fractionText(cap.share);
      return [
        {
          field,
          rule: 'BTV_ABOVE_SHARE',
          message: `Ban Thường vụ có ${btvSize} ủy viên, vượt ${share} số ủy viên Ban Chấp hành (${bchSize} ủy viên: tối đa ${most}) (${cap.source})`,
          messageEn: `The BTV has ${btvSize} members, above ${share} of the BCH (${bchSize} members: at most ${most}) (${cap.sourceEn})`,
        },
      ];
    }
  }
  if (btvSize >= bchSize) {
    return [
      {
        field,
        rule: 'BTV_NOT_SMALLER_THAN_BCH',
        message: `Ban Thường vụ có ${btvSize} ủy viên, không ít hơn Ban Chấp hành (${bchSize} ủy viên)`,
        messageEn: `The BTV has ${btvSize} members, not fewer than the BCH (${bchSize})`,
      },
    ];
  }
  return [];
}

/** How many people sit on each body (a person listed twice in one body counts once). */
export function committeeSizes(members: readonly CommitteeMember[], hasBtv: boolean): Record<CommitteeBody, number> {
  const seats: Record<CommitteeBody, CommitteeMember[]> = { BCH: [], BTV: [], UBKT: [] };
  for (const m of members) {
    if (!COMMITTEE_POSITIONS.includes(m.position)) continue;
    for (const body of bodiesOf(m.position, hasBtv)) if (!seats[body].some((other) => samePerson(other, m))) seats[body].push(m);
  }
  return { BCH: seats.BCH.length, BTV: seats.BTV.length, UBKT: seats.UBKT.length };
}

export interface CompositionOptions {
  /** whether a BTV was elected; default: someone holds the position ủy viên BTV */
  hasBtv?: boolean;
  /** the path of the member list, default `data.members` */
  field?: string;
}

/** The elected list itself: one chair, at most one UBKT chair, a name for everyone, nobody twice in one body. */
export function committeeCompositionProblems(members: readonly CommitteeMember[], options: CompositionOptions = {}): FieldProblem[] {
  const field = options.field ?? 'data.members';
  // (not Array.isArray: on a readonly array it narrows the elements to any)
  if (!members || members.length === 0) {
    return [{ field, rule: 'MEMBERS_MISSING', message: 'Danh sách ủy viên được bầu đang trống', messageEn: 'The list of elected members is empty' }];
  }
  const hasBtv = options.hasBtv ?? members.some((m) => m.position === 'uy-vien-btv');
  const problems: FieldProblem[] = [];
  const seated: Record<CommitteeBody, CommitteeMember[]> = { BCH: [], BTV: [], UBKT: [] };
  members.forEach((m, i) => {
    const name = typeof m.fullName === 'string' ? m.fullName.trim() : '';
    if (!name) {
      problems.push({ field: `${field}.${i}.fullName`, rule: 'NAME_MISSING', message: `Ủy viên thứ ${i + 1} chưa có họ tên`, messageEn: `Member ${i + 1} has no name` });
    }
    if (!COMMITTEE_POSITIONS.includes(m.position)) {
      problems.push({
        field: `${field}.${i}.position`,
        rule: 'POSITION_INVALID',
        message: `Chức danh '${String(m.position)}' của ủy viên thứ ${i + 1} không có trong danh mục`,
        messageEn: `Member ${i + 1}'s position '${String(m.position)}' is not a known position`,
      });
      return;
    }
    for (const body of bodiesOf(m.position, hasBtv)) {
      const first = seated[body].find((other) => samePerson(other, m));
      if (!first) {
        seated[body].push(m);
        continue;
      }
      const who = name || `Ủy viên thứ ${i + 1}`;
      const positions = `${COMMITTEE_POSITION_LABELS[first.position]} và ${COMMITTEE_POSITION_LABELS[m.position]}`;
      problems.push({
        field: `${field}.${i}`,
        rule: 'PERSON_TWICE_IN_BODY',
        message: `${who} có tên hai lần trong ${COMMITTEE_BODY_LABELS[body]} (${positions})`,
        messageEn: `${name || `Member ${i + 1}`} is listed twice in the ${body} (${first.position} and ${m.position})`,
      });
    }
  });
  const chairs = members.filter((m) => m.position === 'chu-tich').length;
  if (chairs !== 1) {
    problems.push({
      field,
      rule: 'CHAIR_COUNT_NOT_ONE',
      message: `Danh sách có ${chairs} Chủ tịch: phải có đúng 1`,
      messageEn: `The list has ${chairs} chairs: it must have exactly 1`,
    });
  }
  const ubktChairs = members.filter((m) => m.position === 'chu-nhiem-ubkt').length;
  if (ubktChairs > 1) {
    problems.push({
      field,
      rule: 'UBKT_CHAIR_MORE_THAN_ONE',
      message: `Danh sách có ${ubktChairs} Chủ nhiệm Ủy ban Kiểm tra: chỉ được có 1`,
      messageEn: `The list has ${ubktChairs} UBKT chairs: at most 1 is allowed`,
    });
  }
  return problems;
}

/** Two entries are one person when their accounts match, or (lacking two accounts) their names do. */
function samePerson(a: CommitteeMember, b: CommitteeMember): boolean {
  if (a.userId && b.userId) return a.userId === b.userId;
  return nameKey(a.fullName) !== '' && nameKey(a.fullName) === nameKey(b.fullName);
}

function nameKey(name: unknown): string {
  return typeof name === 'string' ? name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

function siblingOf(field: string): (name: string) => string {
  const dot = field.lastIndexOf('.');
  return (name) => (dot < 0 ? name : `${field.slice(0, dot)}.${name}`);
}

/** "đối với công đoàn cơ sở có từ 50 đến dưới 150 đoàn viên" / "for a grassroots union with 50 to 149 members". */
function bandPhrase(level: OrgLevel, band: SizeBand): { vi: string; en: string } {
  const { vi, en } = ORG_LEVEL_PHRASES[level];
  const from = band.fromMembers;
  const below = band.belowMembers;
  if (below === undefined && from === 0) return { vi: `đối với ${vi}`, en: `for ${en}` };
  if (below === undefined) return { vi: `đối với ${vi} có từ ${group(from, '.')} đoàn viên trở lên`, en: `for ${en} with ${group(from, ',')} members or more` };
  if (from === 0) return { vi: `đối với ${vi} có dưới ${group(below, '.')} đoàn viên`, en: `for ${en} with fewer than ${group(below, ',')} members` };
  return { vi: `đối với ${vi} có từ ${group(from, '.')} đến dưới ${group(below, '.')} đoàn viên`, en: `for ${en} with ${group(from, ',')} to ${group(below - 1, ',')} members` };
}

/** 3000 → "3.000" (Vietnamese) or "3,000" (English), without locale data. */
function group(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
