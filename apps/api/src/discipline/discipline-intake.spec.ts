import { DomainError } from '@congdoan/domain';
import type { OrgUnitEntity, OrgUnitsRepository, UsersRepository } from '@congdoan/persistence';
import type { IntakeRequest } from '../complaints/prepared-intake';
import { DisciplineIntake } from './discipline-intake';

const ldld = { id: 'u-ldld', name: 'Liên đoàn Lao động tỉnh Gia Lai', code: 'LĐLĐ', level: 'province', parentId: null } as OrgUnitEntity;
const cdvc = { id: 'u-cdvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'upper-grassroots', parentId: 'u-ldld' } as OrgUnitEntity;
const cdcs = { id: 'u-cdcs', name: 'Công đoàn cơ sở Trường THPT Hùng Vương', code: 'CĐCS', level: 'grassroots', parentId: 'u-cdvc' } as OrgUnitEntity;
const units = [ldld, cdvc, cdcs];

const intake = new DisciplineIntake(
  { findById: async (id: string) => units.find((u) => u.id === id) ?? null } as unknown as OrgUnitsRepository,
  { findActiveById: async (id: string) => (id.startsWith('u-user') ? { id } : null) } as unknown as UsersRepository,
);
const request = (subject: Record<string, unknown>, over: Record<string, unknown> = {}, unit = cdvc): IntakeRequest => ({
  title: 'Xem xét kỷ luật',
  data: { subject, violation: 'Vi phạm', proposedForm: 'canh-cao', ...over },
  user: { id: 'u-user-ubkt', username: 'ubkt', fullName: 'Phạm Thị Lan' } as IntakeRequest['user'],
  unit,
  receivedAt: '2026-11-20',
  today: '2026-11-20',
});
const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('kỷ luật at intake (QĐ 5130/QĐ-TLĐ)', () => {
  it('records an officer of a union directly below, with that union, as a party who never sees the case', async () => {
    const prepared = await intake.prepare(request({ fullName: ' Đặng Quốc Bảo ', kind: 'can-bo', userId: 'u-user-cdcs', unitId: cdcs.id }));
    expect(prepared.data.subject).toEqual({ fullName: 'Đặng Quốc Bảo', kind: 'can-bo', userId: 'u-user-cdcs', unitId: cdcs.id, unitName: cdcs.name });
    expect(prepared.protection).toEqual({ parties: [{ userId: 'u-user-cdcs', relation: 'disciplined' }], assignments: [{ userId: 'u-user-ubkt', role: 'intake' }] });
  });

  it('takes the case’s own union when none is named', async () => {
    const prepared = await intake.prepare(request({ fullName: 'Trần Thị Mai', kind: 'can-bo' }));
    expect(prepared.data.subject).toMatchObject({ unitId: cdvc.id, unitName: cdvc.name });
  });

  it('refuses a subject the deciding union has no power over (Art. 10–12)', async () => {
    const member = await refusal(intake.prepare(request({ fullName: 'Ngô Văn Bình', kind: 'doan-vien', unitId: cdcs.id })));
    expect([member.code, member.details?.[0].field]).toEqual(['NO_DISCIPLINE_AUTHORITY', 'data.subject.kind']);
    expect(member.message).toContain('Công đoàn cấp trên trực tiếp cơ sở không có thẩm quyền kỷ luật đoàn viên công đoàn của công đoàn cấp dưới trực tiếp');
    const notBelow = await refusal(intake.prepare(request({ fullName: 'Đỗ Thị Thu', kind: 'can-bo', unitId: ldld.id })));
    expect(notBelow.code).toBe('SUBJECT_NOT_UNDER_UNIT');
    const unknown = await refusal(intake.prepare(request({ fullName: 'X', kind: 'can-bo', unitId: 'u-nowhere' })));
    expect([unknown.kind, unknown.details?.[0].rule]).toEqual(['validation', 'knownOrgUnit']);
  });

  it('refuses a form the subject cannot receive, and one heavier than a prior Party discipline', async () => {
    const form = await refusal(intake.prepare(request({ fullName: 'Trần Thị Mai', kind: 'can-bo' }, { proposedForm: 'giai-tan' })));
    expect([form.code, form.details?.[0].field]).toEqual(['FORM_NOT_ALLOWED_FOR_SUBJECT', 'data.proposedForm']);
    const heavier = await refusal(
      intake.prepare(request({ fullName: 'Trần Thị Mai', kind: 'can-bo' }, { proposedForm: 'cach-chuc', priorDiscipline: { by: 'dang', form: 'canh-cao', decidedOn: '2026-11-01' } })),
    );
    expect(heavier.code).toBe('HEAVIER_THAN_PRIOR_DISCIPLINE');
  });

  it('refuses an unknown account (400), and a case about the person receiving it (409)', async () => {
    const unknown = await refusal(intake.prepare(request({ fullName: 'Trần Thị Mai', kind: 'can-bo', userId: 'u-ghost' })));
    expect([unknown.kind, unknown.details?.[0].field]).toEqual(['validation', 'data.subject.userId']);
    const self = await refusal(intake.prepare(request({ fullName: 'Phạm Thị Lan', kind: 'can-bo', userId: 'u-user-ubkt' })));
    expect([self.kind, self.code]).toEqual(['conflict', 'CONFLICT_OF_INTEREST']);
  });

  it('disciplines a collective BCH of a union directly below, by its body', async () => {
    const prepared = await intake.prepare(request({ fullName: 'Ban Chấp hành CĐCS Trường THPT Hùng Vương', kind: 'tap-the', body: 'BCH', unitId: cdcs.id }, { proposedForm: 'giai-tan' }));
    expect(prepared.protection?.parties).toEqual([]);
  });
});
