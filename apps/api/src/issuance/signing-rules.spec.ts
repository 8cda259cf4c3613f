import type { StandInRow } from '@congdoan/persistence';
import { type DelegationCheck, byRelevance, delegationRefusal, ownSigning, scopeCoversSigning } from './signing-rules';

const standIn = (over: Partial<StandInRow> = {}): StandInRow => ({
  id: 's1',
  principalUserId: 'u-chutich',
  principalName: 'Nguyễn Văn Hùng',
  substituteUserId: 'u-canbo',
  substituteName: 'Lê Minh Tuấn',
  orgUnitId: 'o-cdvc',
  orgUnitName: 'Công đoàn Viên chức tỉnh',
  orgUnitCode: 'CĐVC',
  validFrom: '2027-03-01',
  validTo: '2027-03-20',
  scope: 'Ký các văn bản hành chính trong thời gian Chủ tịch đi công tác',
  reference: 'Giấy ủy quyền số 03/GUQ-CĐVC',
  createdBy: 'u-chutich',
  createdAt: '2027-03-01T01:00:00.000000Z',
  ...over,
});
const check = (over: Partial<StandInRow> = {}, today = '2027-03-10'): DelegationCheck => ({
  standIn: standIn(over),
  signer: { userId: 'u-chutich', fullName: 'Nguyễn Văn Hùng' },
  actorId: 'u-canbo',
  orgUnitId: 'o-cdvc',
  orgUnitName: 'Công đoàn Viên chức tỉnh',
  today,
});
const code = (c: DelegationCheck) => delegationRefusal(c)?.code ?? null;

describe('ownSigning', () => {
  it('the Chủ tịch (or a leader with no title) signs TM.; a Phó Chủ tịch signs KT. the Chủ tịch', () => {
    expect(ownSigning('Chủ tịch')).toEqual({ signingMode: 'TM' });
    expect(ownSigning(' chủ  TỊCH ')).toEqual({ signingMode: 'TM' });
    expect(ownSigning(null)).toEqual({ signingMode: 'TM' });
    expect(ownSigning('Phó Chủ tịch')).toEqual({ signingMode: 'KT', principalTitle: 'Chủ tịch' });
    expect(ownSigning('Phó Chủ tịch Thường trực')).toEqual({ signingMode: 'KT', principalTitle: 'Chủ tịch' });
  });
});

describe('scopeCoversSigning', () => {
  it('needs the scope to name signing', () => {
    expect(scopeCoversSigning('Ký các văn bản hành chính')).toBe(true);
    expect(scopeCoversSigning('Xử lý và ký thay văn bản về công tác tổ chức')).toBe(true);
    expect(scopeCoversSigning('Kí văn bản đi')).toBe(true);
    expect(scopeCoversSigning('TUQ. Chủ tịch ký kế hoạch')).toBe(true);
    expect(scopeCoversSigning('Toàn bộ công việc')).toBe(false);
  });

  it('is not fooled by words that merely contain "ký", nor by kỳ or kỷ', () => {
    expect(scopeCoversSigning('Đăng ký văn bản đến, văn bản đi')).toBe(false);
    expect(scopeCoversSigning('Làm thư ký các cuộc họp')).toBe(false);
    expect(scopeCoversSigning('Ghi số, ký hiệu văn bản')).toBe(false);
    expect(scopeCoversSigning('Giải quyết công việc định kỳ')).toBe(false);
    expect(scopeCoversSigning('Các việc về kỷ luật')).toBe(false);
  });
});

describe('delegationRefusal', () => {
  it('lets the substitute sign for the signer in the unit while the paper is in force and names signing', () => {
    expect(code(check())).toBeNull();
    expect(code(check({}, '2027-03-01'))).toBeNull();
    expect(code(check({}, '2027-03-20'))).toBeNull();
  });

  it('refuses an expired or not yet valid paper, naming its dates in both languages', () => {
    const expired = delegationRefusal(check({}, '2027-03-21'))!;
    expect([expired.kind, expired.code]).toEqual(['rule', 'DELEGATION_EXPIRED']);
    expect(expired.message).toBe(
      'Giấy ủy quyền "Giấy ủy quyền số 03/GUQ-CĐVC" chỉ có hiệu lực từ ngày 01/03/2027 đến hết ngày 20/03/2027; đã hết hiệu lực nên không thể ký thừa ủy quyền (hôm nay là 21/03/2027)',
    );
    expect(expired.messageEn).toContain('valid from 2027-03-01 to 2027-03-20');
    expect(code(check({}, '2027-02-28'))).toBe('DELEGATION_NOT_YET_VALID');
  });

  it('refuses a paper for someone else (403), of another unit, from someone other than the signer, or outside its scope', () => {
    expect(delegationRefusal(check({ substituteUserId: 'u-other' }))?.kind).toBe('forbidden');
    expect(code(check({ orgUnitId: 'o-lđlđ' }))).toBe('DELEGATION_OTHER_UNIT');
    const chain = delegationRefusal(check({ principalUserId: 'u-pho', principalName: 'Trần Thị Mai' }))!;
    expect(chain.code).toBe('DELEGATION_NOT_FROM_SIGNER');
    expect(chain.message).toContain('không được ủy quyền lại');
    expect(code(check({ scope: 'Toàn bộ công việc' }))).toBe('DELEGATION_SCOPE');
  });

  it('tries a paper in force first, then the one that ended last', () => {
    const today = '2027-03-10';
    const old = standIn({ id: 'old', validFrom: '2027-01-01', validTo: '2027-01-31' });
    const later = standIn({ id: 'later', validFrom: '2027-02-01', validTo: '2027-02-28' });
    const now = standIn({ id: 'now' });
    expect([old, now, later].sort(byRelevance(today)).map((s) => s.id)).toEqual(['now', 'later', 'old']);
  });
});
