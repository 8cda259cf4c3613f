import { caseDataProblems } from '../cases/case-data.validators';

const fields = (code: string, data: Record<string, unknown>) => caseDataProblems(code, data).map((p) => `${p.field}:${p.rule}`);

describe('complaint data (khiếu nại)', () => {
  const valid = {
    complainant: { fullName: 'Ngô Văn Bình', address: 'Tổ 3, phường Diên Hồng, Pleiku' },
    content: 'Đề nghị hủy quyết định kỷ luật khiển trách',
    decisionComplainedOf: { summary: 'Quyết định kỷ luật khiển trách', number: '12/QĐ-CĐCS', issuedOn: '2026-10-01' },
  };

  it('accepts a complaint with the decision as text or as an object', () => {
    expect(fields('khieu-nai', valid)).toEqual([]);
    expect(fields('khieu-nai', { ...valid, decisionComplainedOf: 'Quyết định số 12/QĐ-CĐCS' })).toEqual([]);
  });

  it('names the complainant and the content when they are missing', () => {
    expect(fields('khieu-nai', {})).toEqual(['data.complainant:required', 'data.content:required', 'data.decisionComplainedOf:required']);
    expect(fields('khieu-nai', { ...valid, complainant: { fullName: ' ' } })).toEqual(['data.complainant.fullName:isNotEmpty', 'data.complainant.address:required']);
  });

  it('needs the first case of a second-instance complaint, not a decision', () => {
    expect(fields('khieu-nai', { ...valid, instance: 2, decisionComplainedOf: undefined })).toEqual(['data.firstCaseId:required']);
    expect(fields('khieu-nai', { ...valid, instance: 2, firstCaseId: 'abc' })).toEqual(['data.firstCaseId:isUuid']);
  });

  it('checks the optional fields by their rule', () => {
    expect(fields('khieu-nai', { ...valid, learnedOn: '2026-02-30', obstacleDays: -1, complex: 'yes', channel: 'fax' })).toEqual([
      'data.channel:isIn',
      'data.learnedOn:isDate',
      'data.obstacleDays:range',
      'data.complex:isBoolean',
    ]);
  });
});

describe('denunciation data (tố cáo)', () => {
  const valid = {
    denouncer: { fullName: 'Trịnh Thị Bảo Châu', address: '45 Hai Bà Trưng, Pleiku' },
    accused: { fullName: 'Lê Minh Tuấn' },
    content: 'Lạm dụng quỹ công đoàn',
  };

  it('accepts a named denunciation and an anonymous letter', () => {
    expect(fields('to-cao', valid)).toEqual([]);
    expect(fields('to-cao', { anonymous: true, accused: valid.accused, content: valid.content })).toEqual([]);
  });

  it('needs the denouncer unless the letter is anonymous, and never both', () => {
    expect(fields('to-cao', { accused: valid.accused, content: valid.content })).toEqual(['data.denouncer:required']);
    expect(fields('to-cao', { ...valid, anonymous: true })).toEqual(['data.denouncer:absentWhenAnonymous']);
  });

  it('names the accused and the content when they are missing', () => {
    expect(fields('to-cao', { denouncer: valid.denouncer })).toEqual(['data.accused:required', 'data.content:required']);
  });

  it('never echoes what was typed in its messages (a denouncer may be named there)', () => {
    const [problem] = caseDataProblems('to-cao', { ...valid, denouncer: { fullName: 'Trịnh Thị Bảo Châu', address: 7 } });
    expect(problem.field).toBe('data.denouncer.address');
    expect(JSON.stringify(problem)).not.toContain('Châu');
  });
});
