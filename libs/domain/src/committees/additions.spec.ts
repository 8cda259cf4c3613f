import { ADDITION_RULES, additionCap, additionProblems, needsConsent } from './additions';

describe('bổ sung ủy viên', () => {
  it.each([
    ['grassroots', 15, 10],
    ['grassroots', 9, 6],
    ['grassroots', 7, 4],
    ['upper-grassroots', 27, 13],
    ['province', 45, 22],
    ['central', 10, 5],
  ] as const)('%s with %i decided: at most %i added in the term', (level, decidedSize, cap) => {
    expect(additionCap(level, decidedSize)).toBe(cap);
  });

  it.each([
    // level, decided, before, now, consent → rule
    ['grassroots', 15, 4, 6, false, []],
    ['grassroots', 15, 4, 7, false, ['ADDITIONS_ABOVE_CAP']],
    ['grassroots', 15, 4, 8, true, []],
    ['grassroots', 15, 0, 10, false, []],
    ['province', 45, 20, 2, false, []],
    ['province', 45, 20, 3, false, ['ADDITIONS_ABOVE_CAP']],
  ] as const)('%s, %i decided, %i added before, %i now, consent %s → %j', (level, decidedSize, addedBefore, adding, consent, expected) => {
    expect(additionProblems({ level, decidedSize, addedBefore, adding, consent }).map((p) => p.rule)).toEqual(expected);
    expect(needsConsent({ level, decidedSize, addedBefore, adding })).toBe(consent || expected.length > 0);
  });

  it('states the rule and every number', () => {
    const [p] = additionProblems({ level: 'grassroots', decidedSize: 15, addedBefore: 4, adding: 8, consent: false });
    expect(p.field).toBe('data.members');
    expect(p.message).toBe(
      'Đối với công đoàn cơ sở, đã bổ sung 4, nay bổ sung 8: tổng 12 vượt 2/3 của 15 (tối đa 10) ủy viên do đại hội quyết định; cần sự đồng ý của công đoàn cấp trên (Điều lệ khóa XII, Điều 11 khoản 4)',
    );
    expect(p.messageEn).toContain('12 in all is above 2/3 of the 15 members the congress decided (at most 10)');
    const [upper] = additionProblems({ level: 'upper-grassroots', decidedSize: 27, addedBefore: 10, adding: 4, consent: false });
    expect(upper.message).toContain('tổng 14 vượt 1/2 của 27 (tối đa 13)');
  });

  it('takes the shares as configuration', () => {
    const rules = { ...ADDITION_RULES, grassrootsShare: 1 / 2 };
    expect(additionCap('grassroots', 15, rules)).toBe(7);
    expect(additionProblems({ level: 'grassroots', decidedSize: 15, addedBefore: 0, adding: 8, consent: false }, rules)[0].message).toContain('vượt 1/2 của 15 (tối đa 7)');
  });

  it.each([
    { decidedSize: 0, addedBefore: 0, adding: 1 },
    { decidedSize: 15, addedBefore: -1, adding: 1 },
    { decidedSize: 15, addedBefore: 0, adding: 1.5 },
  ])('reports bad counts %j instead of throwing', (counts) => {
    expect(additionProblems({ level: 'grassroots', consent: false, ...counts })).toEqual([expect.objectContaining({ rule: 'COUNT_INVALID' })]);
  });
});
