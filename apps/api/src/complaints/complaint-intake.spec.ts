import { DomainError, OFFICIAL_YEAR_CALENDARS, WorkingCalendar } from '@congdoan/domain';
import type { CaseDetailRow, CasesRepository, OrgUnitEntity, UsersRepository } from '@congdoan/persistence';
import type { DeadlineCalendar } from '../cases/deadline-calendar.service';
import { ComplaintIntake } from './complaint-intake';

const upper = { id: 'u-ldld', name: 'Liên đoàn Lao động tỉnh Gia Lai', code: 'LĐLĐ', parentId: null } as OrgUnitEntity;
const user = { id: 'u-ubkttinh', username: 'ubkttinh', fullName: 'Đỗ Thị Thu' };

/** A first-instance complaint at the CĐVC (below the LĐLĐ), as the case repository returns it. */
function firstCase(over: Partial<CaseDetailRow> = {}): CaseDetailRow {
  return {
    id: 'c-first',
    code: 'KN-2026-0001',
    procedureCode: 'khieu-nai',
    procedureVersion: 1,
    status: 'RESOLVED',
    orgUnitId: 'u-cdvc',
    title: 'Khiếu nại',
    receivedAt: '2026-08-03',
    legalDueDate: null,
    createdBy: 'u-ubkt',
    createdAt: '2026-08-03T01:00:00.000Z',
    closedAt: '2026-09-04T01:00:00.000Z',
    data: { instance: 1 },
    steps: [],
    timeline: [{ id: 1, at: '2026-09-04T01:00:00.000Z', kind: 'decision_sent', stepKey: 'gui-quyet-dinh', actorUserId: null, actorName: null, comment: null, data: { sentOn: '2026-09-04' } }],
    documents: [{ id: 'd1', kind: 'qd-giai-quyet-khieu-nai-lan-dau', numberText: '07/QĐ-CĐVC', issuedOn: '2026-09-01', signerName: 'Nguyễn Văn Hùng', signerTitle: 'Chủ tịch', summary: 'Về việc giải quyết khiếu nại' }],
    ...over,
  };
}

function intakeWith(first: CaseDetailRow | null): ComplaintIntake {
  const cases = { detail: async () => first, parentUnitOf: async () => 'u-ldld', documentSigner: async () => 'u-chutich' } as unknown as CasesRepository;
  const users = { findActiveById: async (id: string) => ({ id }) } as unknown as UsersRepository;
  const calendar = { load: async () => new WorkingCalendar(OFFICIAL_YEAR_CALENDARS) } as unknown as DeadlineCalendar;
  return new ComplaintIntake(cases, users, calendar);
}

const second = { instance: 2, firstCaseId: 'c-first', complainant: { fullName: 'Ngô Văn Bình', address: 'Pleiku' }, content: 'Không đồng ý' };
const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('a second-instance complaint (Luật Khiếu nại 2011 Art. 33)', () => {
  it('is linked to the first decision, whose signer becomes a party, within 30 days of receiving it', async () => {
    const prepared = await intakeWith(firstCase()).prepare('Khiếu nại lần hai', second, user, upper, '2026-10-05', '2026-10-05');
    expect(prepared.data).toMatchObject({ instance: 2, firstCase: { caseId: 'c-first', decisionNumber: '07/QĐ-CĐVC' }, decisionComplainedOf: { number: '07/QĐ-CĐVC', issuedOn: '2026-09-01' } });
    expect(prepared.protection!.parties).toEqual([{ userId: 'u-chutich', relation: 'decision-signer' }]);
  });

  it('is refused after its window, with the day it closed (30 days from the decision sent on 04/09/2026 end on Sunday 04/10, so on Monday)', async () => {
    const error = await refusal(intakeWith(firstCase()).prepare('Khiếu nại lần hai', second, user, upper, '2026-10-06', '2026-10-06'));
    expect(error.code).toBe('SECOND_INSTANCE_WINDOW_CLOSED');
    expect(error.message).toContain('đã hết ngày 05/10/2026');
    expect(error.details).toEqual([expect.objectContaining({ field: 'receivedAt', rule: 'secondInstanceWindow' })]);
  });

  it('counts the 45 days of a remote area', async () => {
    await expect(intakeWith(firstCase()).prepare('Khiếu nại lần hai', { ...second, remoteArea: true }, user, upper, '2026-10-19', '2026-10-19')).resolves.toBeDefined();
  });

  it('runs from the lapse of the first period when no decision came, and not before it lapses', async () => {
    const openStep = { taskId: 't1', key: 'xac-minh', name: 'Xác minh', status: 'open', role: 'ubkt', orgUnitId: 'u-cdvc', userId: null, dueDate: '2026-09-15', outcome: null, comment: null, completedAt: null, completedBy: null };
    const lapsed = firstCase({ status: 'open', closedAt: null, legalDueDate: '2026-09-15', documents: [], timeline: [], steps: [openStep] });
    await expect(intakeWith(lapsed).prepare('Khiếu nại lần hai', second, user, upper, '2026-09-20', '2026-09-20')).resolves.toBeDefined();
    const early = await refusal(intakeWith(lapsed).prepare('Khiếu nại lần hai', second, user, upper, '2026-09-10', '2026-09-10'));
    expect(early.code).toBe('SECOND_INSTANCE_UNLINKED');
    expect(early.message).toContain('15/09/2026');
    // Not yet accepted: its lapsed 10 days to accept are not the resolution period Art. 33 speaks of.
    const unaccepted = firstCase({ status: 'open', closedAt: null, legalDueDate: '2026-09-15', documents: [], timeline: [], steps: [{ ...openStep, key: 'thu-ly' }] });
    expect((await refusal(intakeWith(unaccepted).prepare('x', second, user, upper, '2026-09-20', '2026-09-20'))).code).toBe('SECOND_INSTANCE_UNLINKED');
  });

  it('is refused when the link is not a first-instance complaint the user can see', async () => {
    expect((await refusal(intakeWith(null).prepare('x', second, user, upper, '2026-10-05', '2026-10-05'))).code).toBe('SECOND_INSTANCE_UNLINKED');
    const other = firstCase({ data: { instance: 2 } });
    expect((await refusal(intakeWith(other).prepare('x', second, user, upper, '2026-10-05', '2026-10-05'))).code).toBe('SECOND_INSTANCE_UNLINKED');
  });
});
