import { DomainError } from '@congdoan/domain';
import type { CommitteeSeatRow, OrgUnitEntity, OrgUnitsRepository, UsersRepository } from '@congdoan/persistence';
import type { IntakeRequest } from '../complaints/prepared-intake';
import { CommitteeIntake } from './committee-intake';

const cdvc = { id: 'u-cdvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'upper-grassroots', parentId: 'u-ldld' } as OrgUnitEntity;
const cdcs = { id: 'u-cdcs', name: 'Công đoàn cơ sở Trường THPT Hùng Vương', code: 'CĐCS', level: 'grassroots', parentId: 'u-cdvc' } as OrgUnitEntity;
const seat = (fullName: string, position: string, body = 'BCH'): CommitteeSeatRow => ({
  body,
  fullName,
  position,
  status: 'recognised',
  validFrom: '2025-01-01',
  validTo: null,
  decisionNumber: '12/QĐ-CĐVC',
  sourceCaseId: null,
  userId: null,
});
const roster = [seat('Đặng Quốc Bảo', 'chu-tich'), ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((n) => seat(`Ủy viên ${n}`, 'uy-vien-bch'))];

function intake(options: { addedBefore?: number; termStart?: string | null; knownUsers?: string[] } = {}) {
  const orgUnits = {
    findById: async (id: string) => (id === cdcs.id ? cdcs : id === cdvc.id ? cdvc : null),
    committee: async () => roster,
    committeeTermStart: async () => (options.termStart === undefined ? '2025-01-01' : options.termStart),
    committeeAdditionsSince: async () => options.addedBefore ?? 0,
    oldestRecognisedSeatStart: async () => null,
    latestCommitteeRecognition: async () => null,
  } as unknown as OrgUnitsRepository;
  const users = { findActiveById: async (id: string) => ((options.knownUsers ?? []).includes(id) ? { id } : null) } as unknown as UsersRepository;
  return new CommitteeIntake(orgUnits, users);
}

const request = (data: Record<string, unknown>): IntakeRequest => ({
  title: 'Hồ sơ',
  data,
  user: { id: 'u-cdcs-chair', username: 'cdcs', fullName: 'Đặng Quốc Bảo' } as IntakeRequest['user'],
  unit: cdvc,
  receivedAt: '2026-11-20',
  today: '2026-11-20',
});
const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};
const bch = (size: number, btv = 0) => [
  { fullName: 'Trần Văn Bình', position: 'chu-tich' },
  ...Array.from({ length: btv }, (_, i) => ({ fullName: `Thường vụ ${i + 1}`, position: 'uy-vien-btv' })),
  ...Array.from({ length: size - 1 - btv }, (_, i) => ({ fullName: `Ủy viên ${i + 1}` })),
];
const recognition = (members: unknown[], over: Record<string, unknown> = {}) =>
  request({ cdcsId: cdcs.id, memberCount: 200, congressDate: '2026-11-10', firstMeetingDate: '2026-11-10', members, ...over });

describe('công nhận BCH at intake', () => {
  it('fills the union’s name and the default positions, and names the CĐCS as the case’s subject', async () => {
    const prepared = await intake().prepareRecognition(recognition(bch(9, 2)));
    expect(prepared.subjectUnitId).toBe(cdcs.id);
    expect(prepared.data).toMatchObject({ cdcsId: cdcs.id, unitName: cdcs.name, memberCount: 200 });
    expect((prepared.data.members as { position: string }[]).map((m) => m.position)).toEqual(['chu-tich', 'uy-vien-btv', 'uy-vien-btv', ...Array(6).fill('uy-vien-bch')]);
  });

  it('refuses a BCH above its cap with the numbers (XIV cycle: a CĐCS under 50 members has at most 3)', async () => {
    const error = await refusal(intake().prepareRecognition(recognition(bch(9), { memberCount: 40 })));
    expect([error.kind, error.code]).toEqual(['rule', 'BCH_SIZE_ABOVE_CAP']);
    expect(error.message).toContain('Ban Chấp hành có 9 ủy viên, vượt số tối đa 3');
    expect(error.details?.[0].field).toBe('data.members');
  });

  it('refuses a BTV under a BCH of fewer than 9, and a list without exactly one chair', async () => {
    expect((await refusal(intake().prepareRecognition(recognition(bch(7, 2))))).code).toBe('BTV_NEEDS_BCH_OF_9');
    const noChair = bch(5).slice(1).map((m) => ({ ...m, position: 'uy-vien-bch' }));
    expect((await refusal(intake().prepareRecognition(recognition(noChair)))).code).toBe('CHAIR_COUNT_NOT_ONE');
  });

  it('checks the first meeting’s election when it is recorded: its quorum, a secret ballot', async () => {
    const election = { body: 'BCH', heldOn: '2026-11-10', members: 9, present: 5, ballot: 'show-of-hands', votes: [{ option: 'chu-tich', for: 5 }] };
    const error = await refusal(intake().prepareRecognition(recognition(bch(9, 2), { election })));
    expect(error.details?.map((d) => `${d.field}:${d.rule}`)).toEqual(['data.election.present:QUORUM_NOT_MET', 'data.election.ballot:SECRET_BALLOT_REQUIRED']);
  });

  it('needs each account it names to be an active user (400)', async () => {
    const members = [{ fullName: 'Trần Văn Bình', position: 'chu-tich', userId: 'u-unknown' }, { fullName: 'Lê Thị Cúc' }, { fullName: 'Phạm Dũng' }];
    const error = await refusal(intake().prepareRecognition(recognition(members)));
    expect([error.kind, error.details?.[0].field, error.details?.[0].rule]).toEqual(['validation', 'data.members.0.userId', 'knownUser']);
  });
});

describe('bổ sung ủy viên at intake (Điều lệ Art. 11(4): 2/3 at a CĐCS)', () => {
  const addition = (count: number, over: Record<string, unknown> = {}) =>
    request({ cdcsId: cdcs.id, body: 'BCH', electedOn: '2026-11-15', members: Array.from({ length: count }, (_, i) => ({ fullName: `Người mới ${i + 1}` })), ...over });

  it('takes the decided size from the BCH recognised at the term’s start, and counts earlier additions', async () => {
    const prepared = await intake({ addedBefore: 2 }).prepareAddition(addition(4));
    expect(prepared.data).toMatchObject({ decidedSize: 9, addedBefore: 2, additionCap: 6, consentNeeded: false, origin: 'elected', unitName: cdcs.name, termStart: '2025-01-01' });
    expect((prepared.data.members as { position: string }[]).map((m) => m.position)).toEqual(Array(4).fill('uy-vien-bch'));
  });

  it('refuses additions above the cap with the numbers, unless the dossier seeks the upper union’s consent', async () => {
    const error = await refusal(intake({ addedBefore: 2 }).prepareAddition(addition(5)));
    expect(error.code).toBe('ADDITIONS_ABOVE_CAP');
    expect(error.message).toContain('đã bổ sung 2, nay bổ sung 5: tổng 7 vượt 2/3 của 9 (tối đa 6)');
    const sought = await intake({ addedBefore: 2 }).prepareAddition(addition(5, { seekConsent: true }));
    expect(sought.data).toMatchObject({ consentNeeded: true, seekConsent: true });
    // Asking for consent that is not needed asks nobody.
    expect((await intake().prepareAddition(addition(1, { seekConsent: true }))).data.consentNeeded).toBe(false);
  });

  it('refuses a position of another body, and someone already on the body', async () => {
    const wrongBody = await refusal(intake().prepareAddition(addition(1, { members: [{ fullName: 'Hồ Thị Giang', position: 'uy-vien-ubkt' }] })));
    expect(wrongBody.code).toBe('POSITION_NOT_IN_BODY');
    const sitting = await refusal(intake().prepareAddition(addition(1, { members: [{ fullName: 'ủy viên  a' }] })));
    expect(sitting.code).toBe('ALREADY_ON_BODY');
  });

  it('asks for the decided size when no committee is on record', async () => {
    const none = intake({ termStart: null });
    (none as unknown as { orgUnits: { committee: () => Promise<CommitteeSeatRow[]> } }).orgUnits.committee = async () => [];
    expect((await refusal(none.prepareAddition(addition(1)))).code).toBe('DECIDED_SIZE_UNKNOWN');
    expect((await none.prepareAddition(addition(1, { decidedSize: 7 }))).data).toMatchObject({ decidedSize: 7, addedBefore: 0 });
  });
});
