import { addDays, vietnamDate } from '@congdoan/domain';
import { caseDataProblems } from '../cases/case-data.validators';

const fields = (data: Record<string, unknown>) => caseDataProblems('ky-luat', data).map((p) => `${p.field}:${p.rule}`);
const today = vietnamDate(new Date());
const ID = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';

describe('kỷ luật data', () => {
  const valid = {
    subject: { fullName: 'Trần Thị Mai', kind: 'can-bo', userId: ID, position: 'Phó Chủ tịch', unitId: ID },
    violation: 'Vi phạm quy chế làm việc của Ban Chấp hành.',
    proposedForm: 'canh-cao',
  };

  it('accepts the minimum, a managing body and a prior discipline', () => {
    expect(fields(valid)).toEqual([]);
    expect(fields({ ...valid, managingBody: 'Sở Giáo dục và Đào tạo', priorDiscipline: { by: 'chinh-quyen', form: 'canh-cao', decidedOn: addDays(today, -10), reference: '12/QĐ-SGDĐT' } })).toEqual([]);
  });

  it('names every missing field', () => {
    expect(fields({})).toEqual(['data.subject:required', 'data.violation:required', 'data.proposedForm:required']);
    expect(fields({ ...valid, subject: {} })).toEqual(['data.subject.fullName:required', 'data.subject.kind:required']);
  });

  it('needs the body of a collective, and no account for it', () => {
    expect(fields({ ...valid, subject: { fullName: 'Ban Chấp hành CĐCS', kind: 'tap-the', userId: ID } })).toEqual(['data.subject.body:required', 'data.subject.userId:personOnly']);
    expect(fields({ ...valid, subject: { fullName: 'Ban Chấp hành CĐCS', kind: 'tap-the', body: 'BCH' }, proposedForm: 'giai-tan' })).toEqual([]);
  });

  it('checks the codes, ids and the prior discipline by their rule', () => {
    expect(
      fields({
        subject: { fullName: 'A', kind: 'hoi-vien', unitId: 'x' },
        violation: 'v',
        proposedForm: 'phe-binh',
        priorDiscipline: { by: 'to-chuc', form: 'canh-cao', decidedOn: addDays(today, 1) },
      }),
    ).toEqual([
      'data.subject.kind:isIn',
      'data.subject.unitId:isUuid',
      'data.proposedForm:isIn',
      'data.priorDiscipline.by:isIn',
      'data.priorDiscipline.decidedOn:notInFuture',
    ]);
    expect(fields({ ...valid, priorDiscipline: 'canh-cao' })).toEqual(['data.priorDiscipline:isObject']);
  });
});

describe('a complaint about a discipline decision (khiếu nại with disciplineCaseId)', () => {
  const complaint = (data: Record<string, unknown>) => caseDataProblems('khieu-nai', data).map((p) => `${p.field}:${p.rule}`);
  const base = { complainant: { address: 'Pleiku' }, content: 'Đề nghị xem xét lại quyết định kỷ luật' };

  it('needs neither the decision nor the complainant’s name: both come from the discipline case', () => {
    expect(complaint({ ...base, disciplineCaseId: ID })).toEqual([]);
    expect(complaint({ ...base, disciplineCaseId: 'KL-2026-0001' })).toEqual(['data.disciplineCaseId:isUuid']);
    expect(complaint(base)).toEqual(['data.complainant.fullName:required', 'data.decisionComplainedOf:required']);
  });

  it('is for a first complaint only', () => {
    expect(complaint({ ...base, complainant: { fullName: 'A', address: 'B' }, instance: 2, firstCaseId: ID, disciplineCaseId: ID })).toEqual(['data.disciplineCaseId:firstInstanceOnly']);
  });
});
