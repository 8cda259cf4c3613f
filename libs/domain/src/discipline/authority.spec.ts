import { ORG_LEVELS } from '../org-levels';
import { DISCIPLINE_AUTHORITY, authorityProblems, disciplineAuthority, formProblems, formsFor } from './authority';
import { DISCIPLINE_FORMS } from './case-data';

describe('forms per subject (QĐ 5130 Art. 4)', () => {
  it.each([
    ['doan-vien', ['khien-trach', 'canh-cao', 'khai-tru']],
    ['can-bo', ['khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru']],
    ['tap-the', ['khien-trach', 'canh-cao', 'giai-tan']],
  ] as const)('%s: %j, lightest first', (kind, forms) => {
    expect(formsFor(kind)).toEqual(forms);
    const order = formsFor(kind).map((f) => DISCIPLINE_FORMS.indexOf(f));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each([
    ['doan-vien', 'cach-chuc', 'Hình thức Cách chức không áp dụng cho Đoàn viên công đoàn; chỉ áp dụng: Khiển trách, Cảnh cáo, Khai trừ'],
    ['doan-vien', 'giai-tan', 'Hình thức Giải tán không áp dụng cho Đoàn viên công đoàn'],
    ['tap-the', 'khai-tru', 'chỉ áp dụng: Khiển trách, Cảnh cáo, Giải tán'],
    ['can-bo', 'giai-tan', 'chỉ áp dụng: Khiển trách, Cảnh cáo, Cách chức, Khai trừ'],
  ] as const)('%s cannot receive %s', (kind, form, text) => {
    const [p] = formProblems(kind, form);
    expect(p).toMatchObject({ field: 'data.proposedForm', rule: 'FORM_NOT_ALLOWED_FOR_SUBJECT' });
    expect(p.message).toContain(text);
  });

  it('accepts every form of the subject', () => {
    for (const kind of ['doan-vien', 'can-bo', 'tap-the'] as const) for (const form of formsFor(kind)) expect(formProblems(kind, form)).toEqual([]);
  });
});

describe('who may discipline whom (QĐ 5130 Art. 10–12)', () => {
  it.each([
    // deciding level, subject, relation, collective → deciding body
    ['grassroots', 'doan-vien', 'own', undefined, 'BTV'],
    ['grassroots', 'can-bo', 'own', undefined, 'BTV'],
    ['grassroots', 'tap-the', 'direct-child', 'BCH', 'BCH'],
    ['grassroots', 'tap-the', 'direct-child', 'BTV', 'BCH'],
    ['upper-grassroots', 'tap-the', 'direct-child', 'BCH', 'BCH'],
    ['upper-grassroots', 'tap-the', 'direct-child', 'BTV', 'BTV'],
    ['upper-grassroots', 'tap-the', 'direct-child', 'UBKT', 'BTV'],
    ['upper-grassroots', 'can-bo', 'direct-child', undefined, 'BTV'],
    ['upper-grassroots', 'can-bo', 'own', undefined, 'BTV'],
    ['province', 'tap-the', 'direct-child', 'BCH', 'BCH'],
    ['province', 'can-bo', 'direct-child', undefined, 'BTV'],
    // no row gives these
    ['grassroots', 'tap-the', 'direct-child', 'UBKT', undefined],
    ['grassroots', 'doan-vien', 'direct-child', undefined, undefined],
    ['upper-grassroots', 'doan-vien', 'direct-child', undefined, undefined],
    ['upper-grassroots', 'tap-the', 'own', 'BCH', undefined],
    ['central', 'can-bo', 'own', undefined, undefined],
  ] as const)('%s over %s (%s, %s) → %s', (decidingLevel, subjectKind, relation, collective, body) => {
    expect(disciplineAuthority({ decidingLevel, subjectKind, relation, collective })?.body).toBe(body);
  });

  it('cites its source and marks the province rows as unverified', () => {
    for (const row of DISCIPLINE_AUTHORITY) {
      expect(row.cite).toMatch(/^QĐ 5130\/QĐ-TLĐ Điều 10/);
      expect(row.mark).toBe(row.decidingLevel === 'province' ? 'U' : 'S');
      expect(ORG_LEVELS).toContain(row.decidingLevel);
      expect(row.collective !== undefined).toBe(row.subjectKind === 'tap-the');
    }
  });

  it('names the level, the subject and the relation when there is no authority', () => {
    const [p] = authorityProblems({ decidingLevel: 'grassroots', subjectKind: 'tap-the', relation: 'direct-child', collective: 'UBKT' });
    expect(p).toMatchObject({ field: 'data.subject.kind', rule: 'NO_DISCIPLINE_AUTHORITY' });
    expect(p.message).toBe('Công đoàn cơ sở không có thẩm quyền kỷ luật tập thể Ủy ban Kiểm tra của công đoàn cấp dưới trực tiếp (QĐ 5130/QĐ-TLĐ Điều 10–12)');
    const [member] = authorityProblems({ decidingLevel: 'upper-grassroots', subjectKind: 'doan-vien', relation: 'direct-child' });
    expect(member.message).toContain('Công đoàn cấp trên trực tiếp cơ sở không có thẩm quyền kỷ luật đoàn viên công đoàn của công đoàn cấp dưới trực tiếp');
    expect(member.messageEn).toContain('An upper-grassroots union has no power to discipline a union member of a union directly below it');
  });

  it.each([
    [{ decidingLevel: 'grassroots', subjectKind: 'doan-vien', relation: 'own' } as const, []],
    [{ decidingLevel: 'upper-grassroots', subjectKind: 'tap-the', relation: 'direct-child' } as const, ['COLLECTIVE_NOT_NAMED']],
  ])('%j → %j', (query, rules) => {
    expect(authorityProblems(query).map((p) => p.rule)).toEqual(rules);
  });
});
