import { PROCEDURES } from '@congdoan/domain';
import { CASE_DATA_VALIDATORS, caseDataProblems } from './case-data.validators';
import { WORKFLOW_TYPES } from '@congdoan/contracts';

const founding = (data: Record<string, unknown>) => caseDataProblems('thanh-lap-cdcs', data).map((p) => `${p.field}:${p.rule}`);
const valid = { unitName: 'Công ty TNHH May Gia Lai', memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }] };

describe('case data per procedure', () => {
  it('has a data validator and a workflow type for every procedure in the catalog', () => {
    for (const p of PROCEDURES) {
      expect(CASE_DATA_VALIDATORS[p.code]).toBeDefined();
      expect(WORKFLOW_TYPES[p.code]).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });

  it('accepts a complete founding dossier, extra fields included', () => {
    expect(founding({ ...valid, note: 'kèm biên bản' })).toEqual([]);
  });

  it('names every missing field', () => {
    expect(founding({})).toEqual(['data.unitName:required', 'data.memberCount:required', 'data.applicants:required']);
  });

  it('needs at least 5 members and says why', () => {
    const [problem] = caseDataProblems('thanh-lap-cdcs', { ...valid, memberCount: 4 });
    expect(problem).toMatchObject({ field: 'data.memberCount', rule: 'min' });
    expect(problem.message).toContain('ít nhất 5 đoàn viên');
    expect(problem.messageEn).toContain('at least 5 members');
    expect(founding({ ...valid, memberCount: 5 })).toEqual([]);
    expect(founding({ ...valid, memberCount: 7.5 })).toEqual(['data.memberCount:isInt']);
    expect(founding({ ...valid, memberCount: '25' })).toEqual(['data.memberCount:isInt']);
  });

  it('names each applicant by position', () => {
    expect(founding({ ...valid, applicants: [] })).toEqual(['data.applicants:arrayMinSize']);
    expect(founding({ ...valid, applicants: 'Nguyễn A' })).toEqual(['data.applicants:isArray']);
    expect(founding({ ...valid, applicants: [{ fullName: '  ' }, { fullName: 'Lê B' }, 'Trần C', {}] })).toEqual([
      'data.applicants.0.fullName:isNotEmpty',
      'data.applicants.2:isObject',
      'data.applicants.3.fullName:required',
    ]);
  });

  it('refuses a blank or non-text unit name', () => {
    expect(founding({ ...valid, unitName: '   ' })).toEqual(['data.unitName:isNotEmpty']);
    expect(founding({ ...valid, unitName: 42 })).toEqual(['data.unitName:isString']);
    expect(founding({ ...valid, unitName: 'x'.repeat(501) })).toEqual(['data.unitName:maxLength']);
  });

  it('refuses a procedure that has no data form', () => {
    expect(caseDataProblems('no-such-procedure', {})).toEqual([expect.objectContaining({ field: 'procedureCode', rule: 'notSupported' })]);
  });

  it('accepts the elected BCH with positions, and names a member without a name', () => {
    const bch = [{ fullName: 'Nguyễn Thị Hạnh', position: 'Chủ tịch' }, { fullName: ' ', position: 'Ủy viên' }, { fullName: 'Trần Văn Bình', position: 7 }];
    const problems = caseDataProblems('thanh-lap-cdcs', { unitName: 'Công ty May', memberCount: 25, applicants: [{ fullName: 'A' }], bch });
    expect(problems.map((p) => `${p.field}:${p.rule}`)).toEqual(['data.bch.1.fullName:isNotEmpty', 'data.bch.2.position:isString']);
  });
});
