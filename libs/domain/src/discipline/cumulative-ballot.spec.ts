import { formsFor } from './authority';
import type { DisciplineForm } from './case-data';
import { DISCIPLINE_RULES, ballotForms, ballotProblems, resolveDisciplineBallot } from './cumulative-ballot';

const MEMBER = formsFor('doan-vien'); // khiển trách, cảnh cáo, khai trừ
const OFFICER = formsFor('can-bo'); // khiển trách, cảnh cáo, cách chức, khai trừ
type Votes = Partial<Record<DisciplineForm, number>>;

describe('resolveDisciplineBallot', () => {
  // Worked from the rule, heaviest first, a majority of 9 being 5 (more than 4.5):
  it.each([
    // 4 khai trừ (4 < 5) → carried: cảnh cáo 4+3 = 7 ≥ 5 → cảnh cáo
    ['members', MEMBER, { 'khai-tru': 4, 'canh-cao': 3, 'khien-trach': 2 }, true, 'canh-cao'],
    // cách chức has no votes of its own: 4+0 = 4 < 5, cảnh cáo 4+0+3 = 7 → cảnh cáo
    ['officers', OFFICER, { 'khai-tru': 4, 'canh-cao': 3, 'khien-trach': 2 }, true, 'canh-cao'],
    ['members', MEMBER, { 'khai-tru': 5, 'canh-cao': 2, 'khien-trach': 1 }, true, 'khai-tru'],
    // 2, 2+2 = 4, 4+2 = 6 ≥ 5: the lightest form gathers a majority
    ['members', MEMBER, { 'khai-tru': 2, 'canh-cao': 2, 'khien-trach': 2 }, true, 'khien-trach'],
    // 2, 3, 4: even the lightest is short → the upper union decides
    ['members', MEMBER, { 'khai-tru': 2, 'canh-cao': 1, 'khien-trach': 1 }, true, 'refer-up'],
    // officers: 1 khai trừ + 4 cách chức = 5 → cách chức
    ['officers', OFFICER, { 'khai-tru': 1, 'cach-chuc': 4, 'canh-cao': 2 }, true, 'cach-chuc'],
    // switch off: only a form's own votes count
    ['members', MEMBER, { 'khai-tru': 4, 'canh-cao': 3, 'khien-trach': 2 }, false, 'refer-up'],
    ['members', MEMBER, { 'khai-tru': 2, 'canh-cao': 2, 'khien-trach': 2 }, false, 'refer-up'],
    ['members', MEMBER, { 'khai-tru': 1, 'canh-cao': 5, 'khien-trach': 2 }, false, 'canh-cao'],
  ] as const)('%s, basis 9, %j, cumulative %s → %s', (_, forms, votes, cumulative, expected) => {
    const result = resolveDisciplineBallot({ votes: votes as Votes, basis: 9, allowedForms: forms, cumulative });
    expect(result.outcome === 'form' ? result.form : result.outcome).toBe(expected);
  });

  it('reports the full tally, heaviest first, with the carried votes and shares', () => {
    const result = resolveDisciplineBallot({ votes: { 'khai-tru': 4, 'canh-cao': 3, 'khien-trach': 2 }, basis: 9, allowedForms: MEMBER });
    expect(result).toEqual({
      outcome: 'form',
      form: 'canh-cao',
      tally: [
        { form: 'khai-tru', votes: 4, cumulative: 4, share: 4 / 9, passed: false },
        { form: 'canh-cao', votes: 3, cumulative: 7, share: 7 / 9, passed: true },
        { form: 'khien-trach', votes: 2, cumulative: 9, share: 1, passed: true },
      ],
    });
  });

  it('needs MORE than half: 5 of 10 is not enough, 6 is', () => {
    expect(resolveDisciplineBallot({ votes: { 'khai-tru': 5 }, basis: 10, allowedForms: MEMBER, cumulative: false }).outcome).toBe('refer-up');
    expect(resolveDisciplineBallot({ votes: { 'khai-tru': 6 }, basis: 10, allowedForms: MEMBER, cumulative: false })).toMatchObject({ outcome: 'form', form: 'khai-tru' });
  });

  it('follows the switch in DISCIPLINE_RULES when the ballot does not set it', () => {
    const ballot = { votes: { 'khai-tru': 4, 'canh-cao': 3 }, basis: 9, allowedForms: MEMBER };
    expect(resolveDisciplineBallot(ballot).outcome).toBe('form');
    expect(resolveDisciplineBallot(ballot, { ...DISCIPLINE_RULES, cumulativeVotes: false }).outcome).toBe('refer-up');
  });

  it('ignores votes for forms not on the ballot, and refers up on an empty basis', () => {
    expect(resolveDisciplineBallot({ votes: { 'giai-tan': 9, 'canh-cao': 1 }, basis: 9, allowedForms: MEMBER }).outcome).toBe('refer-up');
    expect(resolveDisciplineBallot({ votes: { 'khai-tru': 3 }, basis: 0, allowedForms: MEMBER }).outcome).toBe('refer-up');
  });
});

describe('ballotProblems', () => {
  it.each([
    ['the subject kind', 'doan-vien'],
    ['its forms', MEMBER],
  ] as const)('accepts votes for the subject own forms, given %s', (_, subject) => {
    expect(ballotProblems({ 'khai-tru': 4, 'canh-cao': 3, 'khien-trach': 2 }, subject)).toEqual([]);
  });

  it.each([
    ['the subject kind', 'doan-vien'],
    ['its forms', MEMBER],
  ] as const)('refuses a form the subject cannot receive, naming the form, the subject and the allowed forms (given %s)', (_, subject) => {
    const problems = ballotProblems({ 'cach-chuc': 3, 'canh-cao': 2 }, subject);
    expect(problems).toEqual([expect.objectContaining({ field: 'data.meeting.votes', rule: 'FORM_NOT_ALLOWED_FOR_SUBJECT' })]);
    expect(problems[0].message).toBe('Hình thức Cách chức không áp dụng cho Đoàn viên công đoàn; chỉ áp dụng: Khiển trách, Cảnh cáo, Khai trừ (QĐ 5130/QĐ-TLĐ Điều 4)');
    expect(problems[0].messageEn).toContain('Cách chức is not a form for a union member');
  });

  it('names the allowed forms when the ballot is narrower than any subject kind', () => {
    const [p] = ballotProblems({ 'khai-tru': 1 }, ['khien-trach', 'canh-cao'], undefined, 'data.election.votes');
    expect(p).toMatchObject({ field: 'data.election.votes', rule: 'FORM_NOT_ALLOWED_FOR_SUBJECT' });
    expect(p.message).toContain('Hình thức Khai trừ không có trong các hình thức được biểu quyết đối với đối tượng này: Khiển trách, Cảnh cáo');
  });

  it.each([
    [{ 'khai-tru': 2, 'cach-chuc': 1, 'canh-cao': 4 }, 'canh-cao', ['Khai trừ', 'Cách chức']],
    [{ 'khai-tru': 2, 'cach-chuc': 1, 'canh-cao': 4 }, { by: 'dang', form: 'canh-cao' }, ['Khai trừ', 'Cách chức']],
    [{ 'khai-tru': 0, 'canh-cao': 4 }, 'canh-cao', []],
    [{ 'khai-tru': 2 }, undefined, []],
  ] as const)('refuses votes %j above a ceiling %j', (votes, ceiling, forms) => {
    const problems = ballotProblems(votes, 'can-bo', ceiling);
    expect(problems.map((p) => p.rule)).toEqual(forms.map(() => 'HEAVIER_THAN_PRIOR_DISCIPLINE'));
    problems.forEach((p, i) => expect(p.message).toContain(`Hình thức ${forms[i]} nặng hơn hình thức Cảnh cáo`));
  });

  it.each([-1, 2.5, Number.NaN])('reports a bad count %d', (count) => {
    expect(ballotProblems({ 'canh-cao': count }, 'doan-vien')).toEqual([expect.objectContaining({ field: 'data.meeting.votes', rule: 'COUNT_INVALID' })]);
  });

  it.each([
    ['doan-vien', undefined, ['khien-trach', 'canh-cao', 'khai-tru']],
    ['can-bo', 'canh-cao', ['khien-trach', 'canh-cao']],
    ['can-bo', 'cach-chuc', ['khien-trach', 'canh-cao', 'cach-chuc']],
    ['tap-the', undefined, ['khien-trach', 'canh-cao', 'giai-tan']],
  ] as const)('a ballot for %s under a prior %s offers %j', (kind, prior, forms) => {
    expect(ballotForms(kind, prior && { form: prior })).toEqual(forms);
  });
});
