import { ORG_LEVELS, type OrgLevel } from '../org-levels';
import type { CommitteeMember } from './case-data';
import { BCH_SIZE_TABLES, type BchSizeInput, bchSizeProblems, btvProblems, committeeCompositionProblems, committeeSizes, sizeBandFor, sizeTableFor } from './size-caps';

const XIV = '2025-10-15';
const XII = '2023-04-20';
const check = (over: Partial<BchSizeInput>) => bchSizeProblems({ level: 'grassroots', memberCount: 400, size: 11, congressDate: XIV, increaseConsented: false, ...over });
const rulesOf = (problems: { rule: string }[]) => problems.map((p) => p.rule);

describe('the size tables', () => {
  it.each([
    ['2019-06-01', 'hd-03-2020'],
    ['2020-01-01', 'hd-03-2020'],
    ['2024-12-31', 'hd-03-2020'],
    ['2025-01-01', 'dai-hoi-xiv-2025'],
    ['2026-03-01', 'dai-hoi-xiv-2025'],
  ])('a congress on %s uses %s', (date, id) => {
    expect(sizeTableFor(date).id).toBe(id);
  });

  it.each(BCH_SIZE_TABLES.flatMap((t) => ORG_LEVELS.map((level) => [t.id, level] as const)))('%s: the %s bands cover 0 members upwards, contiguous, min ≤ max', (id, level) => {
    const bands = BCH_SIZE_TABLES.find((t) => t.id === id)!.bands[level];
    expect(bands[0].fromMembers).toBe(0);
    expect(bands[bands.length - 1].belowMembers).toBeUndefined();
    bands.forEach((b, i) => {
      expect(b.min).toBeLessThanOrEqual(b.max);
      if (i > 0) expect(b.fromMembers).toBe(bands[i - 1].belowMembers);
    });
  });

  it.each([
    [XII, 'grassroots', 2999, 3, 15],
    [XII, 'grassroots', 3000, 3, 19],
    [XIV, 'grassroots', 49, 3, 3],
    [XIV, 'grassroots', 50, 3, 5],
    [XIV, 'grassroots', 149, 3, 5],
    [XIV, 'grassroots', 150, 3, 25],
    [XIV, 'grassroots', 30000, 3, 25],
    [XIV, 'upper-grassroots', 5000, 3, 27],
    [XIV, 'province', 120000, 3, 45],
  ] as const)('%s, %s with %i members: %i–%i', (date, level, members, min, max) => {
    expect(sizeBandFor(sizeTableFor(date), level, members)).toMatchObject({ min, max });
  });
});

describe('bchSizeProblems', () => {
  it.each([
    // level, members, size, consent, date → rules
    ['grassroots', 400, 25, false, XIV, []],
    ['grassroots', 400, 2, false, XIV, ['BCH_SIZE_BELOW_MIN']],
    ['grassroots', 400, 27, false, XIV, ['BCH_INCREASE_NEEDS_CONSENT']],
    ['grassroots', 400, 27, true, XIV, []],
    ['grassroots', 400, 28, true, XIV, ['BCH_INCREASE_BEYOND_10_PERCENT']],
    ['grassroots', 400, 28, false, XIV, ['BCH_SIZE_ABOVE_CAP']],
    ['grassroots', 40, 3, false, XIV, []],
    ['grassroots', 40, 4, true, XIV, ['BCH_INCREASE_BEYOND_10_PERCENT']],
    ['grassroots', 120, 5, false, XIV, []],
    ['grassroots', 120, 7, false, XIV, ['BCH_SIZE_ABOVE_CAP']],
    ['grassroots', 400, 17, false, XII, ['BCH_SIZE_ABOVE_CAP']],
    ['grassroots', 400, 16, false, XII, ['BCH_INCREASE_NEEDS_CONSENT']],
    ['grassroots', 3500, 19, false, XII, []],
    ['grassroots', 3500, 20, true, XII, []],
    ['province', 90000, 45, false, XIV, []],
    ['province', 90000, 49, true, XIV, []],
    ['province', 90000, 50, true, XIV, ['BCH_INCREASE_BEYOND_10_PERCENT']],
    ['upper-grassroots', 2000, 29, true, XIV, []],
    ['central', 1, 160, false, XIV, []],
  ] as const)('%s, %i members, BCH of %i, consent %s, congress %s → %j', (level, memberCount, size, increaseConsented, congressDate, expected) => {
    expect(rulesOf(check({ level, memberCount, size, increaseConsented, congressDate }))).toEqual(expected);
  });

  it('states the rule and the numbers, in both languages', () => {
    const [p] = check({ size: 28 });
    expect(p.field).toBe('data.members');
    expect(p.message).toBe(
      'Ban Chấp hành có 28 ủy viên, vượt số tối đa 25 đối với công đoàn cơ sở có từ 150 đoàn viên trở lên (Kế hoạch Đại hội XIV, 2025); kể cả khi công đoàn cấp trên đồng ý tăng thêm 10%, tối đa chỉ 27 ủy viên',
    );
    expect(p.messageEn).toBe(
      "The BCH has 28 members, above the maximum of 25 for a grassroots union with 150 members or more (Đại hội XIV plan, 2025); even an increase of 10% with the upper union's consent allows at most 27",
    );
    const [consent] = check({ size: 27 });
    expect(consent.message).toContain('Ban Chấp hành có 27 ủy viên, vượt số tối đa 25 đối với công đoàn cơ sở');
    expect(consent.message).toContain('chỉ được tăng đến 27 ủy viên (thêm không quá 10%) khi có sự đồng ý của công đoàn cấp trên');
  });

  it('names the membership band and the older source', () => {
    const [p] = check({ memberCount: 2500, size: 17, congressDate: XII });
    expect(p.message).toContain('vượt số tối đa 15 đối với công đoàn cơ sở có dưới 3.000 đoàn viên (HD 03/HD-TLĐ 2020, Mục 9.1)');
    expect(p.messageEn).toContain('above the maximum of 15 for a grassroots union with fewer than 3,000 members');
    const [small] = check({ memberCount: 60, size: 6 });
    expect(small.message).toContain('có từ 50 đến dưới 150 đoàn viên');
    expect(small.messageEn).toContain('with 50 to 149 members');
  });

  it("uses a unit's own cap (Hà Nội 55)", () => {
    expect(rulesOf(check({ level: 'province', memberCount: 900000, size: 55 }))).toEqual(['BCH_SIZE_ABOVE_CAP']);
    expect(check({ level: 'province', memberCount: 900000, size: 55, unitCap: 55 })).toEqual([]);
  });

  it('refuses more members than the congress decided', () => {
    const problems = check({ size: 16, decidedSize: 15 });
    expect(rulesOf(problems)).toEqual(['BCH_SIZE_ABOVE_DECIDED']);
    expect(problems[0].message).toContain('16 ủy viên, nhiều hơn số lượng 15 ủy viên do đại hội quyết định');
  });

  it.each([
    [{ size: 0 }, 'data.members'],
    [{ size: 9.5 }, 'data.members'],
    [{ memberCount: -3 }, 'data.memberCount'],
    [{ decidedSize: 0 }, 'data.decidedSize'],
  ])('reports a bad count %j at %s instead of throwing', (over, field) => {
    expect(check(over)).toEqual([expect.objectContaining({ field, rule: 'COUNT_INVALID' })]);
  });

  it('reports a bad congress date under the sibling path', () => {
    expect(check({ congressDate: '2025-02-30', field: 'data.committee.members' })).toEqual([expect.objectContaining({ field: 'data.committee.congressDate', rule: 'date' })]);
  });
});

describe('btvProblems', () => {
  it.each([
    [7, 0, XIV, []],
    [7, 3, XIV, ['BTV_NEEDS_BCH_OF_9']],
    [9, 3, XIV, []],
    [9, 4, XIV, ['BTV_ABOVE_SHARE']],
    [25, 8, XIV, []],
    [25, 9, XIV, ['BTV_ABOVE_SHARE']],
    [9, 4, XII, []],
    [9, 9, XII, ['BTV_NOT_SMALLER_THAN_BCH']],
  ] as const)('BCH %i, BTV %i, congress %s → %j', (bchSize, btvSize, congressDate, expected) => {
    expect(rulesOf(btvProblems({ bchSize, btvSize, congressDate }))).toEqual(expected);
  });

  it('explains both rules with their numbers', () => {
    expect(btvProblems({ bchSize: 7, btvSize: 3, congressDate: XIV })[0].message).toBe(
      'Ban Chấp hành có 7 ủy viên: chỉ bầu Ban Thường vụ khi có từ 9 ủy viên trở lên (Điều lệ Công đoàn Việt Nam khóa XIII, Điều 13 khoản 7)',
    );
    const share = btvProblems({ bchSize: 25, btvSize: 9, congressDate: XIV })[0];
    expect(share.message).toContain('Ban Thường vụ có 9 ủy viên, vượt 1/3 số ủy viên Ban Chấp hành (25 ủy viên: tối đa 8)');
    expect(share.messageEn).toContain('above 1/3 of the BCH (25 members: at most 8)');
  });
});

describe('committee composition', () => {
  const person = (fullName: string, position: CommitteeMember['position'], userId?: string): CommitteeMember => ({ fullName, position, userId });
  const committee: CommitteeMember[] = [
    person('Nguyễn Văn An', 'chu-tich'),
    person('Trần Thị Bình', 'pho-chu-tich'),
    person('Lê Văn Cường', 'uy-vien-btv'),
    ...['Dung', 'Em', 'Giang', 'Hà', 'Khánh', 'Lan'].map((n) => person(`Phạm Thị ${n}`, 'uy-vien-bch')),
    person('Trần Thị Bình', 'chu-nhiem-ubkt'), // a BCH member may chair the UBKT
    person('Võ Văn Phong', 'uy-vien-ubkt'),
    person('Đỗ Thị Quyên', 'uy-vien-ubkt'),
  ];

  it('counts each body: the chair and vice-chairs sit on the BTV when there is one', () => {
    expect(committeeSizes(committee, true)).toEqual({ BCH: 9, BTV: 3, UBKT: 3 });
    expect(committeeSizes(committee, false)).toEqual({ BCH: 9, BTV: 0, UBKT: 3 });
  });

  it('accepts a well-formed list', () => {
    expect(committeeCompositionProblems(committee)).toEqual([]);
  });

  it.each([
    ['no chair', committee.slice(1), [['data.members', 'CHAIR_COUNT_NOT_ONE']]],
    ['two chairs', [...committee, person('Hồ Văn Sơn', 'chu-tich')], [['data.members', 'CHAIR_COUNT_NOT_ONE']]],
    ['two UBKT chairs', [...committee, person('Hồ Văn Sơn', 'chu-nhiem-ubkt')], [['data.members', 'UBKT_CHAIR_MORE_THAN_ONE']]],
    ['a blank name', [...committee, person('  ', 'uy-vien-bch')], [['data.members.12.fullName', 'NAME_MISSING']]],
    ['the same person twice in the BCH', [...committee, person(' nguyễn  văn an ', 'uy-vien-bch')], [['data.members.12', 'PERSON_TWICE_IN_BODY']]],
    ['an unknown position', [...committee, { fullName: 'Hồ Văn Sơn', position: 'thu-ky' } as unknown as CommitteeMember], [['data.members.12.position', 'POSITION_INVALID']]],
    ['nobody', [], [['data.members', 'MEMBERS_MISSING']]],
  ])('%s', (_, members, expected) => {
    expect(committeeCompositionProblems(members as CommitteeMember[]).map((p) => [p.field, p.rule])).toEqual(expected);
  });

  it('tells namesakes apart by their accounts', () => {
    const namesakes = [person('Nguyễn Văn Hùng', 'chu-tich', 'u1'), person('Nguyễn Văn Hùng', 'uy-vien-bch', 'u2')];
    expect(committeeCompositionProblems(namesakes)).toEqual([]);
    expect(committeeSizes(namesakes, false).BCH).toBe(2);
  });

  it('names the person and the body', () => {
    const [p] = committeeCompositionProblems([...committee, person('Nguyễn Văn An', 'uy-vien-bch')]);
    expect(p.message).toBe('Nguyễn Văn An có tên hai lần trong Ban Chấp hành (Chủ tịch và Ủy viên Ban Chấp hành)');
  });
});

// Every level has caps in every table (the type demands it; this guards data loaded at run time).
it.each(ORG_LEVELS)('%s has caps in every table', (level: OrgLevel) => {
  for (const t of BCH_SIZE_TABLES) expect(t.bands[level].length).toBeGreaterThan(0);
});
