import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CaseActivitiesImpl } from '@congdoan/activities';
import type { Person, TaskRecord, Transition } from '@congdoan/contracts';
import { type SeededDatabase, openSeededDatabase } from '../support/seeded-database';

describe('case activities on the read model (real PostgreSQL)', () => {
  let seeded: SeededDatabase;
  let db: DataSource;
  let activities: CaseActivitiesImpl;
  let unit: Record<string, string>;
  let person: Record<string, Person>;

  beforeAll(async () => {
    seeded = await openSeededDatabase();
    ({ db, unit, person } = seeded);
    activities = new CaseActivitiesImpl(db);
  });
  afterAll(() => seeded.close());

  /** The API writes the intake row before the workflow starts; the tests stand in for it. */
  const newCase = async (): Promise<string> => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO cases (id, code, procedure_code, procedure_version, org_unit_id, title, received_at, data, created_by, created_at, updated_at)
       VALUES ($1, $2, 'thanh-lap-cdcs', 1, $3, 'Thành lập CĐCS Trường THCS Lê Lợi', '2026-04-24', '{}', $4, '2026-04-24T01:00:00Z', '2026-04-24T01:00:00Z')`,
      [id, `TL-2026-${id.slice(0, 8)}`, unit['CĐVC'], person.canbo.userId],
    );
    return id;
  };

  const task = (overrides: Partial<TaskRecord> = {}): TaskRecord => ({
    taskId: randomUUID(),
    stepKey: 'tham-dinh',
    kind: 'action',
    name: 'Thẩm định hồ sơ',
    role: 'officer',
    orgUnitId: unit['CĐVC'],
    assigneeUserId: null,
    allowedActions: ['approve', 'return', 'delegate'],
    dueDate: '2026-05-13',
    escalationLevel: 0,
    ...overrides,
  });

  /** Every row the case owns, with `xmin` (the writing transaction): equal snapshots mean nothing was rewritten. */
  const snapshot = async (caseId: string) => ({
    case: await db.query(`SELECT xmin::text, * FROM cases WHERE id = $1`, [caseId]),
    tasks: await db.query(`SELECT xmin::text, * FROM tasks WHERE case_id = $1 ORDER BY id`, [caseId]),
    events: await db.query(`SELECT xmin::text, * FROM timeline_events WHERE case_id = $1 ORDER BY id`, [caseId]),
    notifications: await db.query(`SELECT xmin::text, * FROM notifications WHERE case_id = $1 ORDER BY id`, [caseId]),
  });

  const openingTransition = (caseId: string, opened: TaskRecord): Transition => ({
    caseId,
    at: '2026-04-24T02:30:00.000Z',
    openTasks: [opened],
    events: [
      { eventKey: 'case:received', kind: 'case_received', actor: person.canbo, data: { receivedAt: '2026-04-24' } },
      { eventKey: `${opened.taskId}:opened`, kind: 'step_opened', stepKey: opened.stepKey },
    ],
    notifications: [
      { dedupeKey: `${opened.taskId}:task`, kind: 'task', role: 'officer', orgUnitId: unit['CĐVC'], taskId: opened.taskId, title: 'Việc mới', body: 'Thẩm định hồ sơ' },
      { dedupeKey: `${caseId}:received`, kind: 'task', userId: person.canbo.userId, title: 'Đã tiếp nhận', body: 'Hồ sơ đã được tiếp nhận' },
    ],
    caseUpdate: { status: 'tham-dinh', legalDueDate: '2026-05-13' },
  });

  it('opens a task, records the events and notifications and updates the case', async () => {
    const caseId = await newCase();
    const opened = task();
    await activities.applyTransition(openingTransition(caseId, opened));

    const state = await snapshot(caseId);
    expect(state.tasks).toEqual([
      expect.objectContaining({
        id: opened.taskId,
        status: 'open',
        step_key: 'tham-dinh',
        assignee_role: 'officer',
        assignee_unit_id: unit['CĐVC'],
        assignee_user_id: null,
        allowed_actions: ['approve', 'return', 'delegate'],
        created_at: new Date('2026-04-24T02:30:00.000Z'),
      }),
    ]);
    expect(state.events.map((e: { event_key: string; actor_name: string | null }) => [e.event_key, e.actor_name])).toEqual([
      ['case:received', person.canbo.fullName],
      [`${opened.taskId}:opened`, null],
    ]);
    expect(state.notifications).toEqual([
      expect.objectContaining({ recipient_role: 'officer', recipient_unit_id: unit['CĐVC'], task_id: opened.taskId, case_id: caseId }),
      expect.objectContaining({ recipient_user_id: person.canbo.userId, task_id: null }),
    ]);
    expect(state.case[0]).toMatchObject({ status: 'tham-dinh', closed_at: null, updated_at: new Date('2026-04-24T02:30:00.000Z') });
    expect((await db.query(`SELECT legal_due_date::text AS d FROM cases WHERE id = $1`, [caseId]))[0].d).toBe('2026-05-13');
  });

  it('changes nothing when the same transition is applied again (a retried activity)', async () => {
    const caseId = await newCase();
    const transition = openingTransition(caseId, task());
    await activities.applyTransition(transition);
    const before = await snapshot(caseId);
    await activities.applyTransition(transition);
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('closes a task once: a second close (a retry, or a late cancel) leaves the first outcome', async () => {
    const caseId = await newCase();
    const opened = task();
    await activities.applyTransition(openingTransition(caseId, opened));
    const approve: Transition = {
      caseId,
      at: '2026-04-27T03:00:00.000Z',
      closeTasks: [{ taskId: opened.taskId, outcome: 'approve', comment: 'Hồ sơ đầy đủ', by: person.canbo }],
    };
    await activities.applyTransition(approve);
    const closed = await snapshot(caseId);
    expect(closed.tasks[0]).toMatchObject({
      status: 'done',
      outcome: 'approve',
      comment: 'Hồ sơ đầy đủ',
      completed_by: person.canbo.userId,
      completed_at: new Date('2026-04-27T03:00:00.000Z'),
    });

    await activities.applyTransition(approve);
    await activities.applyTransition({ caseId, at: '2026-04-28T03:00:00.000Z', closeTasks: [{ taskId: opened.taskId, outcome: 'cancelled' }] });
    const after = await snapshot(caseId);
    expect(after.tasks).toEqual(closed.tasks);
  });

  it('cancels superseded escalation entries, and an escalation may point at a task opened with it', async () => {
    const caseId = await newCase();
    const step = task();
    const escalation = task({ kind: 'escalation', role: 'leader', aboutTaskId: step.taskId, escalationLevel: 1, allowedActions: [] });
    await activities.applyTransition({ caseId, at: '2026-05-14T01:00:00.000Z', openTasks: [step, escalation] });
    await activities.applyTransition({
      caseId,
      at: '2026-05-15T01:00:00.000Z',
      closeTasks: [
        { taskId: step.taskId, outcome: 'approve', by: person.canbo },
        { taskId: escalation.taskId, outcome: 'superseded' },
      ],
    });
    const rows = (await db.query(`SELECT id, status, outcome, about_task_id FROM tasks WHERE case_id = $1`, [caseId])) as { id: string }[];
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: step.taskId, status: 'done', outcome: 'approve', about_task_id: null },
        { id: escalation.taskId, status: 'cancelled', outcome: 'superseded', about_task_id: step.taskId },
      ]),
    );
  });

  it('reassigns an open task to the delegate, keeping who delegated as its owner; a retry rewrites nothing', async () => {
    const caseId = await newCase();
    const opened = task({ role: 'leader', assigneeUserId: person.chutich.userId });
    await activities.applyTransition({ caseId, at: '2026-04-24T02:30:00.000Z', openTasks: [opened] });
    const delegate: Transition = {
      caseId,
      at: '2026-04-25T02:00:00.000Z',
      reassignTask: { taskId: opened.taskId, toUser: person.phochutich, ownerUserId: person.chutich.userId },
      events: [{ eventKey: `${opened.taskId}:delegate:${person.phochutich.userId}`, kind: 'delegated', actor: person.chutich }],
    };
    await activities.applyTransition(delegate);
    const reassigned = await snapshot(caseId);
    expect(reassigned.tasks[0]).toMatchObject({ assignee_user_id: person.phochutich.userId, owner_user_id: person.chutich.userId, status: 'open' });
    await activities.applyTransition(delegate);
    expect(await snapshot(caseId)).toEqual(reassigned);

    // A closed task keeps its last assignee.
    await activities.applyTransition({ caseId, at: '2026-04-26T02:00:00.000Z', closeTasks: [{ taskId: opened.taskId, outcome: 'approve', by: person.phochutich }] });
    await activities.applyTransition({ ...delegate, reassignTask: { taskId: opened.taskId, toUser: person.canbo, ownerUserId: person.chutich.userId } });
    expect((await snapshot(caseId)).tasks[0]).toMatchObject({ assignee_user_id: person.phochutich.userId, status: 'done' });
  });

  it("moves an open task's due date on an extension, clears it while suspended, and leaves a closed task alone", async () => {
    const caseId = await newCase();
    const opened = task({ dueDate: '2026-05-13' });
    const dueDate = async () => ((await db.query(`SELECT due_date::text AS d FROM tasks WHERE id = $1`, [opened.taskId])) as { d: string | null }[])[0].d;
    await activities.applyTransition({ caseId, at: '2026-04-24T02:30:00.000Z', openTasks: [opened] });
    const extend: Transition = { caseId, at: '2026-04-25T02:00:00.000Z', retimeTasks: [{ taskId: opened.taskId, dueDate: '2026-06-12' }], caseUpdate: { legalDueDate: '2026-06-12' } };
    await activities.applyTransition(extend);
    const extended = await snapshot(caseId);
    expect(await dueDate()).toBe('2026-06-12');
    await activities.applyTransition(extend);
    expect(await snapshot(caseId)).toEqual(extended);
    await activities.applyTransition({ caseId, at: '2026-04-26T02:00:00.000Z', retimeTasks: [{ taskId: opened.taskId, dueDate: null }] });
    expect(await dueDate()).toBeNull();
    await activities.applyTransition({ caseId, at: '2026-04-27T02:00:00.000Z', closeTasks: [{ taskId: opened.taskId, outcome: 'approve' }] });
    await activities.applyTransition({ caseId, at: '2026-04-28T02:00:00.000Z', retimeTasks: [{ taskId: opened.taskId, dueDate: '2026-07-01' }] });
    expect(await dueDate()).toBeNull();
  });

  it('opens a task already reassigned when the same transition opens and delegates it', async () => {
    const caseId = await newCase();
    const opened = task();
    await activities.applyTransition({
      caseId,
      at: '2026-04-24T02:30:00.000Z',
      openTasks: [opened],
      reassignTask: { taskId: opened.taskId, toUser: person.canbo, ownerUserId: person.chutich.userId },
    });
    expect((await snapshot(caseId)).tasks[0]).toMatchObject({ assignee_user_id: person.canbo.userId, owner_user_id: person.chutich.userId });
  });

  it('closes the case at the workflow time of the transition, once, and clears its legal due date', async () => {
    const caseId = await newCase();
    await activities.applyTransition(openingTransition(caseId, task()));
    const close: Transition = { caseId, at: '2026-05-20T08:00:00.000Z', caseUpdate: { status: 'RECOGNISED', closed: true, legalDueDate: null } };
    await activities.applyTransition(close);
    const closed = await snapshot(caseId);
    expect(closed.case[0]).toMatchObject({ status: 'RECOGNISED', legal_due_date: null, closed_at: new Date('2026-05-20T08:00:00.000Z') });
    await activities.applyTransition(close);
    expect(await snapshot(caseId)).toEqual(closed);
  });

  it('loads the official 2024–2026 calendars preloaded by the migrations', async () => {
    const years = await activities.loadCalendar();
    expect(years.map((y) => [y.year, y.status])).toEqual([
      [2024, 'official'],
      [2025, 'official'],
      [2026, 'official'],
    ]);
    expect(years[2].workingDays.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('recognises the new CĐCS and its BCH once per case: a second call returns the same unit and adds no row', async () => {
    const caseId = await newCase();
    const request = {
      caseId,
      parentUnitId: unit['CĐVC'],
      name: 'Công đoàn cơ sở Trường THCS Lê Lợi',
      validFrom: '2026-05-20',
      bch: [{ fullName: 'Nguyễn Thị Hạnh', position: 'Chủ tịch' }, { fullName: 'Trần Văn Bình' }],
    };
    const first = await activities.recogniseUnit(request);
    const second = await activities.recogniseUnit(request);
    expect(second).toEqual(first);
    const rows = (await db.query(
      `SELECT id, name, code, level, parent_id, valid_from::text AS valid_from FROM org_units WHERE source_case_id = $1`,
      [caseId],
    )) as unknown[];
    expect(rows).toEqual([
      { id: first.orgUnitId, name: request.name, code: 'CĐCS', level: 'grassroots', parent_id: unit['CĐVC'], valid_from: '2026-05-20' },
    ]);
    const members = await db.query(
      `SELECT org_unit_id, body, full_name, position, valid_from::text AS valid_from FROM committee_members WHERE source_case_id = $1 ORDER BY full_name`,
      [caseId],
    );
    expect(members).toEqual([
      { org_unit_id: first.orgUnitId, body: 'BCH', full_name: 'Nguyễn Thị Hạnh', position: 'Chủ tịch', valid_from: '2026-05-20' },
      { org_unit_id: first.orgUnitId, body: 'BCH', full_name: 'Trần Văn Bình', position: null, valid_from: '2026-05-20' },
    ]);
  });
});
