import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { EmailActivitiesImpl } from '@congdoan/activities';
import { createDataSource, demoEmail } from '@congdoan/persistence';
import { TEST_PUBLIC_URL, type TestStack, startTestStack } from '../support/api-harness';
import { eventually } from '../support/http-checks';
import { mailTo, waitForMail } from '../support/mailbox';
import { integrationServers } from '../support/servers';

interface CaseBody {
  id: string;
  code: string;
}
interface Task {
  id: string;
  caseId: string;
  stepKey: string;
}

describe('email notifications through real SMTP (MailDev catch-all, PostgreSQL, Temporal, in-process worker)', () => {
  let stack: TestStack;
  let db: DataSource;
  const token: Record<string, string> = {};
  let cdvcId: string;

  const request = <T>(method: string, path: string, who: string, body?: unknown) => stack.request<T>(method, path, { token: token[who], body });
  const startFounding = async (unitName: string) => {
    const res = await request<CaseBody>('POST', '/api/cases', 'canbo', {
      procedureCode: 'thanh-lap-cdcs',
      orgUnitId: cdvcId,
      title: `Thành lập CĐCS ${unitName}`,
      data: { unitName, memberCount: 12, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }] },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const taskOf = (who: string, caseId: string, stepKey: string) =>
    eventually(async () => (await request<{ items: Task[] }>('GET', '/api/tasks', who)).body.items.find((t) => t.caseId === caseId && t.stepKey === stepKey), `${stepKey} in ${who}'s inbox`);
  const approveDossier = async (caseId: string) => {
    const task = await taskOf('canbo', caseId, 'kiem-tra-ho-so');
    expect((await request('POST', `/api/tasks/${task.id}/actions`, 'canbo', { action: 'approve' })).status).toBe(200);
  };

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    for (const who of ['admin', 'canbo', 'chutich', 'phochutich']) token[who] = await stack.login(who);
    cdvcId = (await request<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', 'admin')).body.items.find((u) => u.code === 'CĐVC')!.id;
    db = await createDataSource({ url: stack.databaseUrl }).initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await stack?.stop();
  });

  it('emails the leader, in Vietnamese with a link to the case, when the decision step reaches their inbox', async () => {
    const kase = await startFounding('Công ty TNHH Cà phê Pleiku');
    // The officer hears of the new dossier first.
    const toOfficer = await waitForMail(demoEmail('canbo'), kase.id);
    expect(toOfficer.subject).toBe(`[${kase.code}] Việc mới: Tiếp nhận, kiểm tra hồ sơ`);

    await approveDossier(kase.id);
    const mail = await waitForMail(demoEmail('chutich'), kase.id);
    expect(mail.subject).toBe(`[${kase.code}] Việc mới: Xét duyệt, quyết định công nhận`);
    expect(mail.to).toEqual([{ address: 'chutich@congdoan.example', name: 'Nguyễn Văn Hùng' }]);
    expect(mail.text).toContain('Kính gửi Nguyễn Văn Hùng,');
    expect(mail.text).toContain(`Hồ sơ ${kase.code} chờ bạn xử lý`);
    expect(mail.text).toContain(`Xem hồ sơ: ${TEST_PUBLIC_URL}/cases/${kase.id}`);
    expect(mail.html).toContain(`href="${TEST_PUBLIC_URL}/cases/${kase.id}"`);
    // Each notification reaches each person once.
    await new Promise((r) => setTimeout(r, 500));
    expect(await mailTo(demoEmail('chutich'), kase.id)).toHaveLength(1);
  });

  it('sends no email to a user who turned email off, and keeps their in-app notification', async () => {
    const off = await request<{ emailNotifications: boolean }>('PATCH', '/api/me/preferences', 'phochutich', { emailNotifications: false });
    expect(off.status).toBe(200);
    expect(off.body.emailNotifications).toBe(false);
    try {
      const kase = await startFounding('Công ty CP Chè Biển Hồ');
      await approveDossier(kase.id);
      await waitForMail(demoEmail('chutich'), kase.id); // the other leader's copy: the notification went out
      expect(await mailTo(demoEmail('phochutich'), kase.id)).toEqual([]);
      const inApp = await request<{ items: { caseId: string; title: string }[] }>('GET', '/api/notifications', 'phochutich');
      expect(inApp.body.items.some((n) => n.caseId === kase.id && n.title.startsWith('Việc mới: Xét duyệt'))).toBe(true);
    } finally {
      await request('PATCH', '/api/me/preferences', 'phochutich', { emailNotifications: true });
    }
  });

  it('refuses a preference that is not true/false, naming the field', async () => {
    const res = await request<{ details: { field: string; rule: string }[] }>('PATCH', '/api/me/preferences', 'chutich', { emailNotifications: 'có' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'emailNotifications', rule: 'isBoolean' })]);
  });

  it('sends each notification exactly once when the activity is retried, also after a failed attempt', async () => {
    const kase = await startFounding('Công ty TNHH Cao su Chư Păh');
    await waitForMail(demoEmail('canbo'), kase.id);
    const settings = { from: 'Công đoàn <no-reply@congdoan.example>', publicUrl: TEST_PUBLIC_URL };
    const up = new EmailActivitiesImpl(db, createTransport(integrationServers().smtpUrl), settings);
    // The workflow's own attempt sent the new-task notice: a retry of that activity sends nothing more.
    const [{ dedupe_key: taskKey }] = (await db.query(`SELECT dedupe_key FROM notifications WHERE case_id = $1 AND kind = 'task'`, [kase.id])) as { dedupe_key: string }[];
    expect(await up.emailNotifications({ dedupeKeys: [taskKey] })).toEqual({ sent: 0, alreadySent: 1, skipped: 0 });
    expect(await mailTo(demoEmail('canbo'), kase.id)).toHaveLength(1);

    // A reminder whose first attempt finds the mail server down: that attempt fails (Temporal retries it), the next
    // one sends it, and a further retry sends nothing.
    const key = `${kase.id}:test-reminder`;
    await db.query(
      `INSERT INTO notifications (dedupe_key, case_id, recipient_user_id, kind, title, body)
       SELECT $1, $2, id, 'reminder', 'Sắp đến hạn: Tiếp nhận, kiểm tra hồ sơ', 'Hồ sơ sắp đến hạn.' FROM users WHERE username = 'canbo'`,
      [key, kase.id],
    );
    const down = new EmailActivitiesImpl(db, createTransport('smtp://127.0.0.1:9'), settings);
    await expect(down.emailNotifications({ dedupeKeys: [key] })).rejects.toThrow();
    expect(await up.emailNotifications({ dedupeKeys: [key] })).toEqual({ sent: 1, alreadySent: 0, skipped: 0 });
    expect(await up.emailNotifications({ dedupeKeys: [key] })).toEqual({ sent: 0, alreadySent: 1, skipped: 0 });
    const reminders = (await mailTo(demoEmail('canbo'), kase.id)).filter((m) => m.subject.includes('Sắp đến hạn'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toBe(`[${kase.code}] Sắp đến hạn: Tiếp nhận, kiểm tra hồ sơ`);
  });
});
