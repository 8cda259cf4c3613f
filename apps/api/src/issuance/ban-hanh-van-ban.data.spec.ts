import { caseDataProblems } from '../cases/case-data.validators';

const SIGNER = '6f1c2a4e-8b1d-4c3e-9a7f-0d2b5e6c7a81';
const DOC = '0a5b7c9d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
const valid = { documentType: 'KH', summary: 'Tổ chức Tháng Công nhân năm 2026', signerId: SIGNER, recipients: ['Các CĐCS trực thuộc', 'Ban Thường vụ LĐLĐ tỉnh'] };
const rules = (data: Record<string, unknown>) => caseDataProblems('ban-hanh-van-ban', data).map((p) => `${p.field}:${p.rule}`);

describe('ban-hanh-van-ban data', () => {
  it('accepts the minimum, and every optional field well formed', () => {
    expect(rules(valid)).toEqual([]);
    const full = { ...valid, drafterId: SIGNER, content: 'Đoạn 1\nĐoạn 2', urgent: true, secret: false, corrects: { documentId: DOC, kind: 'format' } };
    expect(rules(full)).toEqual([]);
  });

  it('names every missing field', () => {
    expect(rules({})).toEqual(['data.documentType:required', 'data.summary:required', 'data.signerId:required', 'data.recipients:required']);
  });

  it('refuses an unknown type, a malformed signer, drafter and flags, and an empty or blank recipient list', () => {
    expect(rules({ ...valid, documentType: 'XYZ' })).toEqual(['data.documentType:isIn']);
    expect(rules({ ...valid, signerId: 'chutich', drafterId: 42 })).toEqual(['data.signerId:isUuid', 'data.drafterId:isUuid']);
    expect(rules({ ...valid, urgent: 'yes', secret: 1 })).toEqual(['data.urgent:isBoolean', 'data.secret:isBoolean']);
    expect(rules({ ...valid, recipients: [] })).toEqual(['data.recipients:arrayMinSize']);
    expect(rules({ ...valid, recipients: 'Các CĐCS' })).toEqual(['data.recipients:isArray']);
    expect(rules({ ...valid, recipients: ['Các CĐCS', '  ', 7] })).toEqual(['data.recipients.1:isNotEmpty', 'data.recipients.2:isString']);
    expect(rules({ ...valid, content: 'x'.repeat(10_001) })).toEqual(['data.content:maxLength']);
  });

  it('checks a correction: the document id and content or format', () => {
    expect(rules({ ...valid, corrects: 'số 12' })).toEqual(['data.corrects:isObject']);
    expect(rules({ ...valid, corrects: {} })).toEqual(['data.corrects.documentId:required', 'data.corrects.kind:required']);
    expect(rules({ ...valid, corrects: { documentId: '12/KH', kind: 'spelling' } })).toEqual(['data.corrects.documentId:isUuid', 'data.corrects.kind:isIn']);
  });

  it('says the rule in Vietnamese and English', () => {
    const [problem] = caseDataProblems('ban-hanh-van-ban', { ...valid, documentType: 'XYZ' });
    expect(problem.message).toContain("Trường 'data.documentType' phải là một trong: NQ, QĐ");
    expect(problem.messageEn).toContain('data.documentType must be one of: NQ, QĐ');
  });
});
