import type { Browser, Page } from 'playwright-core';
import { type TestStack, startTestStack } from '../support/api-harness';
import { DESKTOP, PHONE, confirmIfAsked, launchBrowser, newContext, screenshot, signIn, textOf } from '../support/browser';
import { caseClient } from '../support/case-client';

const sidewaysOverflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** Waits until no select list is open any more (a closing one fades out first). */
const listsClosed = (page: Page) =>
  page.waitForFunction("![...document.querySelectorAll('.ant-select-dropdown')].some((d) => d.offsetParent !== null && !d.classList.contains('ant-select-dropdown-hidden'))");
const dialog = (page: Page) => page.locator('.ant-modal:not(.ant-modal-confirm)').last();

describe('issuing a document through the web UI, and the document register (Chromium, real stack with worker)', () => {
  let stack: TestStack;
  let browser: Browser;
  const api = caseClient<{ id: string; code: string }>();

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack({ worker: true }), launchBrowser()]);
    await api.signIn(stack, ['canbo', 'chutich', 'vanthu']);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the officer drafts a plan, the Chủ tịch signs it on its page, the văn thư numbers it; the register lists it and downloads as CSV', async () => {
    // The draft, from the form: the type, trích yếu, the signer among the unit's leaders, nơi nhận, hỏa tốc.
    let caseId = '';
    for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const page = await (await newContext(browser, viewport)).newPage();
      await signIn(page, stack.baseUrl, 'canbo');
      await page.goto(`${stack.baseUrl}/start/ban-hanh-van-ban`);
      await page.getByLabel('Loại văn bản', { exact: true }).click();
      await page.keyboard.type('Kế hoạch');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'KH – Kế hoạch' }).click();
      await page.getByLabel('Trích yếu').fill('tổ chức Hội nghị tổng kết công tác công đoàn năm 2026');
      await page.getByLabel('Nội dung dự thảo').fill('I. Mục đích, yêu cầu\nII. Thời gian, địa điểm\nIII. Thành phần');
      await page.getByLabel('Nơi nhận').fill('Các CĐCS trực thuộc;\nBan Thường vụ LĐLĐ tỉnh (b/c);\nLưu: VT.');
      await page.getByLabel('Người ký', { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Nguyễn Văn Hùng' }).click();
      await listsClosed(page);
      await page.getByRole('switch', { name: 'Hỏa tốc, thượng khẩn (phát hành ngay khi ký)' }).click();
      expect(await page.getByLabel('Tiêu đề hồ sơ').inputValue()).toBe('Kế hoạch tổ chức Hội nghị tổng kết công tác công đoàn năm 2026');
      await page.waitForLoadState('networkidle');
      await screenshot(page, `issuance-form-${device}`);
      if (device === 'phone') {
        expect(await sidewaysOverflow(page)).toBe(0);
        continue;
      }
      await page.getByRole('button', { name: 'Tạo hồ sơ ban hành văn bản' }).click();
      const code = /VB-\d{4}-\d{4}/.exec(await textOf(page.getByText(/Đã tiếp nhận hồ sơ VB-\d{4}-\d{4}/)))![0];
      await page.getByRole('button', { name: `Mở hồ sơ ${code}` }).click();
      await page.waitForURL('**/cases/**');
      caseId = /\/cases\/([0-9a-f-]+)/.exec(page.url())![1];
      expect(await textOf(page.getByTestId('case-details'))).toContain('KH – Kế hoạch');
    }

    // Drafted, approved, checked for content and format.
    expect((await api.act('canbo', (await api.openTask('canbo', caseId, 'soan-thao')).id, { action: 'approve' })).status).toBe(200);
    expect((await api.act('chutich', (await api.openTask('chutich', caseId, 'duyet-du-thao')).id, { action: 'approve' })).status).toBe(200);
    expect((await api.act('canbo', (await api.openTask('canbo', caseId, 'kiem-tra-noi-dung')).id, { action: 'approve' })).status).toBe(200);
    expect((await api.act('vanthu', (await api.openTask('vanthu', caseId, 'kiem-tra-the-thuc')).id, { action: 'approve' })).status).toBe(200);
    await api.openTask('chutich', caseId, 'ky-ban-hanh');

    // The Chủ tịch signs on the case page: in their own position (the API writes TM.), confirmed once.
    const leader = await (await newContext(browser)).newPage();
    await signIn(leader, stack.baseUrl, 'chutich');
    await leader.goto(`${stack.baseUrl}/cases/${caseId}`);
    await leader.getByTestId('action-panel').getByRole('button', { name: 'Ký văn bản', exact: true }).click();
    await dialog(leader).waitFor();
    await dialog(leader).getByText('Thừa ủy quyền (TUQ.) theo giấy ủy quyền').click();
    await dialog(leader).getByText('Bạn không có giấy ủy quyền nào đang còn hiệu lực.').waitFor();
    await screenshot(leader, 'issuance-sign-dialog-desktop');
    await dialog(leader).getByText('Theo chức danh của tôi (hệ thống ghi TM. hoặc KT. theo người ký)').click();
    await dialog(leader).getByRole('button', { name: 'Ký văn bản', exact: true }).click();
    await confirmIfAsked(leader, 'Ký văn bản');
    await leader.getByText('Đã ghi nhận: Ký văn bản.').waitFor();
    expect((await api.act('vanthu', (await api.openTask('vanthu', caseId, 'vao-so')).id, { action: 'issue' })).status).toBe(200);

    // The register of the CĐVC: the plan is there, numbered in its series; the same register as a file.
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const clerk = await (await newContext(browser, viewport)).newPage();
      await signIn(clerk, stack.baseUrl, 'vanthu');
      if (device === 'desktop') await clerk.getByRole('menuitem', { name: 'Sổ văn bản' }).click();
      else await clerk.goto(`${stack.baseUrl}/documents`);
      const line = clerk.getByText(/\d{2}\/KH-CĐVC/).first();
      await line.waitFor();
      expect(await clerk.locator('body').innerText()).toContain('tổ chức Hội nghị tổng kết công tác công đoàn năm 2026');
      await clerk.getByLabel('Loại văn bản').click();
      await clerk.keyboard.type('Kế hoạch');
      await clerk.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'KH – Kế hoạch' }).click();
      await clerk.waitForURL(/type=KH/);
      await listsClosed(clerk);
      await clerk.getByText(/\d{2}\/KH-CĐVC/).first().waitFor();
      await clerk.waitForLoadState('networkidle');
      await screenshot(clerk, `register-${device}`);
      if (device === 'phone') {
        expect(await sidewaysOverflow(clerk)).toBe(0);
        continue;
      }
      const download = clerk.waitForEvent('download');
      await clerk.getByRole('button', { name: 'Tải CSV' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    }
  }, 300_000);
});
