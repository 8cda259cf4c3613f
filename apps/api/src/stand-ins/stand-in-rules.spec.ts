import type { StandInRow } from '@congdoan/persistence';
import { type StandInForm, standInFormProblems, standInRefusal } from './stand-in-rules';

const today = '2027-03-10';
const form = (over: Partial<StandInForm> = {}): StandInForm => ({
  principalUserId: 'u-chutich',
  substituteUserId: 'u-pho',
  validFrom: '2027-03-10',
  validTo: '2027-03-20',
  ...over,
});
const rules = (over: Partial<StandInForm>) => standInFormProblems(form(over), today).map((p) => `${p.field}:${p.rule}`);

describe('standInFormProblems', () => {
  it('accepts a stand-in from today, and one begun earlier that is still running', () => {
    expect(rules({})).toEqual([]);
    expect(rules({ validFrom: '2027-03-01', validTo: '2027-03-10' })).toEqual([]);
  });

  it('refuses an end before the start, and an end already past', () => {
    expect(rules({ validFrom: '2027-03-20', validTo: '2027-03-15' })).toEqual(['validTo:notBeforeValidFrom']);
    expect(rules({ validFrom: '2027-03-01', validTo: '2027-03-09' })).toEqual(['validTo:notInPast']);
  });

  it('allows 366 days counting both ends, not 367', () => {
    expect(rules({ validFrom: '2027-03-10', validTo: '2028-03-09' })).toEqual([]); // 366 days: 2028 is a leap year
    expect(rules({ validFrom: '2027-03-10', validTo: '2028-03-10' })).toEqual(['validTo:maxDuration']);
  });

  it('refuses the principal as their own stand-in, in both languages', () => {
    const [problem] = standInFormProblems(form({ substituteUserId: 'u-chutich' }), today);
    expect(problem).toEqual({
      field: 'substituteUserId',
      rule: 'notPrincipal',
      message: "Trường 'substituteUserId' phải là người khác với người ủy quyền (principalUserId)",
      messageEn: 'substituteUserId must be someone other than the principal',
    });
  });
});

describe('standInRefusal', () => {
  const existing: StandInRow = {
    id: 's1',
    principalUserId: 'u-chutich',
    principalName: 'Nguyễn Văn Hùng',
    substituteUserId: 'u-pho',
    substituteName: 'Trần Thị Mai',
    orgUnitId: 'o1',
    orgUnitName: 'Công đoàn Viên chức tỉnh Gia Lai',
    orgUnitCode: 'CĐVC',
    validFrom: '2027-03-10',
    validTo: '2027-03-20',
    scope: 'Toàn bộ công việc',
    reference: 'Giấy ủy quyền số 12/GUQ-CĐVC',
    createdBy: 'u-chutich',
    createdAt: '2027-03-10T01:00:00.000000Z',
  };

  it('is a 422 rule for a chain, and a 409 conflict for an overlap, naming the stand-in in the way', () => {
    const chain = standInRefusal({ outcome: 'principal-is-substitute', conflicting: existing });
    expect([chain.kind, chain.code]).toEqual(['rule', 'SUB_DELEGATION']);
    expect(chain.message).toBe('Không được ủy quyền lại: Trần Thị Mai đang được Nguyễn Văn Hùng ủy quyền tại Công đoàn Viên chức tỉnh Gia Lai (10/03/2027–20/03/2027, Giấy ủy quyền số 12/GUQ-CĐVC)');
    expect(standInRefusal({ outcome: 'substitute-is-away', conflicting: existing }).code).toBe('SUBSTITUTE_AWAY');
    const overlap = standInRefusal({ outcome: 'overlap', conflicting: existing });
    expect([overlap.kind, overlap.code]).toEqual(['conflict', 'STAND_IN_OVERLAP']);
  });
});
