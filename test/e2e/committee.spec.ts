import type { Browser, Page } from 'playwright-core';
import { type TestStack, startTestStack } from '../support/api-harness';
import path from 'node:path';
import { DESKTOP, PHONE, SCREENSHOTS, launchBrowser, newContext, screenshot, signIn, textOf } from '../support/browser';
import { caseClient } from '../support/case-client';
import { eventually } from '../support/http-checks';

const sidewaysOverflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** Waits until no select list is open any more (a closing one fades out first). */
const listsClosed = (page: Page) =>
  page.waitForFunction("![...document.querySelectorAll('.ant-select-dropdown')].some((d) => d.offsetParent !== null && !d.classList.contains('ant-select-dropdown-hidden'))");

/** A date typed into an Ant Design date picker as DD/MM/YYYY, confirmed with Enter. */
async function typeDate(page: Page, label: string, ddmmyyyy: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

/** Picks an option of the Ant Design select labelled `label`. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  await listsClosed(page);
}

describe('a CĐCS chair’s committee dossiers through the web UI (Chromium, real stack with worker)', () => {
  let stack: TestStack;
  let browser: Browser;
  const { unit, signIn: signInApi, caseOf } = caseClient<{ id: string; submissionLate?: boolean }>();

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack({ worker: true }), launchBrowser()]);
    await signInApi(stack, ['cdcs']);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the chair files the committee the congress elected (the API’s BTV rule shown, then fixed); filed late, it is flagged; the roster shows the interim chair', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, stack.baseUrl, 'cdcs');
    await page.getByRole('menuitem', { name: 'Khởi tạo hồ sơ' }).click();
    const card = page.locator('article', { has: page.getByRole('heading', { name: 'Công nhận Ban Chấp hành, Ban Thường vụ, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra', exact: true }) });
    await card.waitFor();
    // The founding procedure is the upper union's officer's: not offered to the chair.
    expect(await page.getByRole('heading', { name: /Thành lập công đoàn cơ sở/ }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'committee-catalog-chair-desktop');
    await card.getByRole('button', { name: 'Khởi tạo hồ sơ' }).click();
    await page.waitForURL('**/start/cong-nhan-bch');

    expect(await textOf(page.getByTestId('upper-union'))).toContain('Công đoàn Viên chức tỉnh Gia Lai');
    await typeDate(page, 'Ngày đại hội', '29/09/2026');
    await typeDate(page, 'Ngày hội nghị Ban Chấp hành lần thứ nhất', '01/10/2026');
    expect(await textOf(page.getByTestId('submission-deadline'))).toContain('Đã quá hạn nộp hồ sơ');
    await page.getByLabel('Số đoàn viên tại thời điểm đại hội').fill('200');
    await page.getByLabel('Nhiệm kỳ').fill('2026–2031');
    await page.getByLabel('Họ và tên người thứ 1').fill('Đặng Quốc Bảo');
    const people = ['Lê Thị Hoa', 'Trần Văn Nam', 'Võ Thị Lan'];
    for (const [i, name] of people.entries()) {
      await page.getByRole('button', { name: 'Thêm người' }).click();
      await page.getByLabel(`Họ và tên người thứ ${i + 2}`).fill(name);
    }
    await choose(page, 'Chức danh của người thứ 2', 'Phó Chủ tịch');
    await choose(page, 'Chức danh của người thứ 3', 'Ủy viên Ban Thường vụ');
    await choose(page, 'Chức danh của người thứ 4', 'Chủ nhiệm Ủy ban Kiểm tra');
    expect(await textOf(page.getByTestId('committee-sizes'))).toContain('Ban Chấp hành: 3 ủy viên · Ban Thường vụ: 3 · Ủy ban Kiểm tra: 1');
    await page.getByRole('button', { name: 'Nộp hồ sơ đề nghị công nhận' }).click();

    // A BTV under a BCH of 3: refused by the API, in its words, above the form and under the list.
    const refusal = page.locator('.ant-alert-error').first();
    expect(await textOf(refusal)).toContain('chỉ bầu Ban Thường vụ khi có từ 9 ủy viên trở lên');
    expect(await page.locator('.ant-form-item-explain-error', { hasText: 'chỉ bầu Ban Thường vụ khi có từ 9 ủy viên' }).count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'committee-form-refused-desktop');

    await choose(page, 'Chức danh của người thứ 3', 'Ủy viên Ban Chấp hành');
    await page.getByRole('button', { name: 'Nộp hồ sơ đề nghị công nhận' }).click();
    const opened = await textOf(page.getByText(/Đã tiếp nhận hồ sơ CN-\d{4}-\d{4}/));
    const code = /CN-\d{4}-\d{4}/.exec(opened)![0];
    await page.getByRole('button', { name: `Mở hồ sơ ${code}` }).click();
    await page.waitForURL('**/cases/**');
    const committee = page.getByTestId('committee-card');
    expect(await textOf(committee)).toContain('Đặng Quốc Bảo');
    expect(await committee.innerText()).toContain('Phó Chủ tịch');
    expect(await committee.innerText()).toContain('Chủ nhiệm Ủy ban Kiểm tra');
    // The workflow flags a late dossier as it starts: once the API says so, the page (read again) shows it.
    const caseId = /\/cases\/([0-9a-f-]+)/.exec(page.url())![1];
    await eventually(async () => ((await caseOf('cdcs', caseId)).body.submissionLate ? true : undefined), 'submissionLate');
    await page.reload();
    expect(await textOf(page.getByTestId('late-tag'))).toBe('Nộp muộn');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'committee-case-desktop');

    // Until the decision the elected chair, vice-chair and UBKT chair act: the roster says so.
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const roster = await (await newContext(browser, viewport)).newPage();
      await signIn(roster, stack.baseUrl, 'cdcs');
      await roster.goto(`${stack.baseUrl}/org-units/${unit['CĐCS']}`);
      const bch = roster.getByTestId('roster-BCH');
      expect(await textOf(bch)).toContain('Đặng Quốc Bảo');
      expect(await bch.innerText()).toContain('Tạm thời điều hành (chờ quyết định công nhận)');
      await roster.waitForLoadState('networkidle');
      await screenshot(roster, `committee-roster-${device}`);
      if (device === 'phone') {
        await roster.goto(`${stack.baseUrl}/cases/${caseId}`);
        await roster.getByTestId('committee-card').screenshot({ path: path.join(SCREENSHOTS, 'committee-card-phone.png') });
        await roster.screenshot({ path: path.join(SCREENSHOTS, 'committee-case-top-phone.png') });
      }
      if (device === 'phone') expect(await sidewaysOverflow(roster)).toBe(0);
    }
  }, 300_000);

  it('the addition form: above the share the chair is offered to ask the upper union’s consent, and the case is opened with it', async () => {
    for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const page = await (await newContext(browser, viewport)).newPage();
      await signIn(page, stack.baseUrl, 'cdcs');
      await page.goto(`${stack.baseUrl}/start/bo-sung-uy-vien`);
      await typeDate(page, 'Ngày bầu bổ sung (hoặc ngày chỉ định)', '20/11/2026');
      await page.getByLabel('Số lượng ủy viên do đại hội quyết định (của cơ quan này)').fill('3');
      await page.getByLabel('Lý do bổ sung').fill('Bổ sung thay ủy viên chuyển công tác.');
      await page.getByLabel('Họ và tên người thứ 1').fill('Nguyễn Văn An');
      for (const [i, name] of ['Phạm Thị Bình', 'Hồ Văn Cường'].entries()) {
        await page.getByRole('button', { name: 'Thêm người' }).click();
        await page.getByLabel(`Họ và tên người thứ ${i + 2}`).fill(name);
      }
      await page.waitForLoadState('networkidle');
      await screenshot(page, `addition-form-${device}`);
      if (device === 'phone') {
        expect(await sidewaysOverflow(page)).toBe(0);
        continue;
      }
      await page.getByRole('button', { name: 'Nộp hồ sơ đề nghị công nhận bổ sung' }).click();
      const offer = page.getByTestId('consent-offer');
      await offer.waitFor();
      await screenshot(page, 'addition-consent-desktop');
      await offer.getByRole('switch').click();
      await page.getByRole('button', { name: 'Nộp hồ sơ đề nghị công nhận bổ sung' }).click();
      expect(await textOf(page.getByText(/Đã tiếp nhận hồ sơ BS-\d{4}-\d{4}/))).toMatch(/BS-\d{4}-\d{4}/);
    }
  }, 240_000);
});
