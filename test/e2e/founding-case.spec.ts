import type { Browser, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shiftWorkingDays, vietnamDate, WorkingCalendar, OFFICIAL_YEAR_CALENDARS } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { DESKTOP, PHONE, confirmIfAsked, launchBrowser, newContext, screenshot, signIn, textOf } from '../support/browser';
import { eventually } from '../support/http-checks';

/** Opens an action's dialog on the case page, fills the comment, sends it, and confirms when asked. */
async function act(page: Page, label: string, comment?: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).first().click();
  const dialog = page.getByRole('dialog').last();
  if (comment) await dialog.getByLabel(/Ý kiến|Lý do/).fill(comment);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await confirmIfAsked(page, label);
}

/** The case page of `code`, opened from the signed-in user's inbox as they would. */
async function openFromInbox(page: Page, code: string): Promise<void> {
  await page.getByRole('link', { name: code }).first().click();
  await page.waitForURL('**/cases/**');
  await page.getByText(code).first().waitFor();
}

describe('a founding case through the web UI (Chromium, real stack with worker)', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack({ worker: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('an officer starts it from the form (fixing a refused field), the leader approves, the văn thư issues the decision', async () => {
    const officer = await (await newContext(browser)).newPage();
    await signIn(officer, stack.baseUrl, 'canbo');
    await officer.getByRole('menuitem', { name: 'Khởi tạo hồ sơ' }).click();
    await officer.getByRole('button', { name: /Khởi tạo hồ sơ/ }).first().click();
    await officer.waitForURL('**/start/thanh-lap-cdcs');

    await officer.getByLabel('Tên đơn vị, doanh nghiệp').fill('Công ty TNHH Dệt may Pleiku');
    await officer.getByLabel('Số đoàn viên').fill('3');
    await officer.getByLabel('Họ và tên người đề nghị 1').fill('Nguyễn Thị Lan');
    await officer.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    // Fewer than 5 members: refused next to the field, in Vietnamese; what was typed stays.
    expect(await textOf(officer.locator('.ant-form-item-explain-error'))).toContain('5');
    expect(await officer.getByLabel('Tên đơn vị, doanh nghiệp').inputValue()).toBe('Công ty TNHH Dệt may Pleiku');
    await screenshot(officer, 'start-form-refused-desktop');
    await officer.getByLabel('Số đoàn viên').fill('25');
    await officer.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();

    const opened = await textOf(officer.getByText(/Đã tiếp nhận hồ sơ TL-\d{4}-\d{4}/));
    const code = /TL-\d{4}-\d{4}/.exec(opened)![0];
    // The dossier's first paper, attached to its checklist item.
    const pdf = path.join(os.tmpdir(), `to-trinh-${randomUUID()}.pdf`);
    writeFileSync(pdf, '%PDF-1.4\n% Tờ trình đề nghị công nhận\n%%EOF\n');
    await officer.locator('input[type=file]').first().setInputFiles(pdf);
    await officer.getByText(path.basename(pdf)).first().waitFor();
    await screenshot(officer, 'start-upload-desktop');
    await officer.getByRole('button', { name: `Mở hồ sơ ${code}` }).click();
    await officer.waitForURL('**/cases/**');
    await act(officer, 'Đồng ý', 'Hồ sơ đầy đủ, hợp lệ');
    await officer.getByText('Đồng ý: Tiếp nhận, kiểm tra hồ sơ').first().waitFor();

    const leader = await (await newContext(browser)).newPage();
    await signIn(leader, stack.baseUrl, 'chutich');
    await openFromInbox(leader, code);
    await act(leader, 'Phê duyệt', 'Đồng ý công nhận');
    await leader.getByText('Đồng ý: Xét duyệt, quyết định công nhận').first().waitFor();

    const clerk = await (await newContext(browser)).newPage();
    await signIn(clerk, stack.baseUrl, 'vanthu');
    await openFromInbox(clerk, code);
    await act(clerk, 'Vào số, ban hành');
    await clerk.getByText('Đã công nhận').first().waitFor();
    expect(await textOf(clerk.getByText(/01\/QĐ-CĐVC/))).toContain('01/QĐ-CĐVC');
    const download = clerk.waitForEvent('download');
    await clerk.getByRole('button', { name: 'Tải PDF' }).last().click();
    const file = await (await download).path();
    expect((await import('node:fs')).readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(clerk, 'case-recognised-desktop');
  });

  it('a leader sees an overdue decision marked as overdue, opens it and approves it with a comment, on a phone too', async () => {
    // Set up through the API as the officer would: a dossier that arrived 15 working days ago, checked only today,
    // so the leader's 10 working days (counted from the complete dossier) are already over.
    const canbo = await stack.login('canbo');
    const units = await stack.request<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', { token: canbo });
    const calendar = new WorkingCalendar(OFFICIAL_YEAR_CALENDARS);
    const receivedAt = shiftWorkingDays(calendar, vietnamDate(new Date()), -15);
    const opened = await stack.request<{ id: string; code: string }>('POST', '/api/cases', {
      token: canbo,
      body: {
        procedureCode: 'thanh-lap-cdcs',
        orgUnitId: units.body.items.find((u) => u.code === 'CĐVC')!.id,
        title: 'Thành lập CĐCS Trường THCS Nguyễn Du',
        receivedAt,
        data: { unitName: 'Trường THCS Nguyễn Du', memberCount: 32, applicants: [{ fullName: 'Lê Thị Hồng' }] },
      },
    });
    expect(opened.status).toBe(201);
    const task = await eventually(async () => {
      const inbox = await stack.request<{ items: { id: string; caseId: string }[] }>('GET', '/api/tasks', { token: canbo });
      return inbox.body.items.find((t) => t.caseId === opened.body.id);
    }, 'the dossier check in the officer inbox');
    expect((await stack.request('POST', `/api/tasks/${task.id}/actions`, { token: canbo, body: { action: 'approve' } })).status).toBe(200);

    // On a phone first (only looking), then on a desktop, where the leader decides.
    for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const page = await (await newContext(browser, viewport)).newPage();
      await signIn(page, stack.baseUrl, 'chutich');
      // The row of the step itself (an escalation entry about it may sit beside it): the one with actions.
      const card = page.locator('.ant-table-row, [role=listitem]').filter({ hasText: opened.body.code }).filter({ hasText: 'Từ chối' }).first();
      const state = card.locator('[data-deadline-state]').first();
      expect(await state.getAttribute('data-deadline-state')).toBe('overdue');
      expect(await textOf(state)).toContain('Quá hạn');
      await screenshot(page, `inbox-overdue-${device}`);
      if (device === 'phone') continue;
      await openFromInbox(page, opened.body.code);
      await screenshot(page, 'case-overdue-desktop');
      await act(page, 'Phê duyệt', 'Đồng ý, đề nghị văn thư ban hành ngay');
      await page.getByText('Đồng ý: Xét duyệt, quyết định công nhận').first().waitFor();
      expect(await textOf(page.getByText('Đồng ý, đề nghị văn thư ban hành ngay'))).toBeTruthy();
      await page.getByText('Vào số, ban hành quyết định công nhận').first().waitFor(); // the next step, at the văn thư
      await screenshot(page, 'case-approved-desktop');
    }
  });
});
