import type { Browser, Page } from 'playwright-core';
import { type TestStack, startTestStack } from '../support/api-harness';
import { DESKTOP, PHONE, launchBrowser, newContext, screenshot, signIn, textOf } from '../support/browser';

/** Each main page, with a heading a user would look for first. */
const PAGES: { path: string; name: string; heading: RegExp }[] = [
  { path: '/', name: 'inbox', heading: /Việc cần xử lý/ },
  { path: '/cases', name: 'cases', heading: /Hồ sơ/ },
  { path: '/start', name: 'start', heading: /Khởi tạo hồ sơ|Danh mục thủ tục/ },
  { path: '/reports', name: 'reports', heading: /Báo cáo/ },
  { path: '/admin/calendar', name: 'admin-calendar', heading: /Lịch nghỉ lễ|ngày nghỉ/i },
  { path: '/admin/users', name: 'admin-users', heading: /Người dùng/ },
  { path: '/admin/stand-ins', name: 'admin-stand-ins', heading: /Ủy quyền/ },
  { path: '/profile', name: 'profile', heading: /Tài khoản|Nhận thông báo qua email/ },
];

const sidewaysOverflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

describe('the main pages at desktop and phone width (Chromium, real stack)', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('opens every page on a %s, in Vietnamese, with nothing wider than the screen', async (device, viewport) => {
    const page = await (await newContext(browser, viewport)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, stack.baseUrl, 'admin');
    for (const p of PAGES) {
      await page.goto(`${stack.baseUrl}${p.path}`);
      expect(await textOf(page.getByRole('heading', { name: p.heading }))).toMatch(p.heading);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${p.name}-${device}`);
      if (device === 'phone') expect({ page: p.path, overflow: await sidewaysOverflow(page) }).toEqual({ page: p.path, overflow: 0 });
    }
    expect(errors).toEqual([]);
  });

  it('switches to English and back, and remembers the choice', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, stack.baseUrl, 'canbo');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await textOf(page.getByRole('heading', { name: 'My tasks' }))).toBe('My tasks');
    await page.reload();
    expect(await textOf(page.getByRole('heading', { name: 'My tasks' }))).toBe('My tasks');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await textOf(page.getByRole('heading', { name: 'Việc cần xử lý' }))).toBe('Việc cần xử lý');
  });
});
