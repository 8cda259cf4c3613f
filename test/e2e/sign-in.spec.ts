import type { Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type TestStack, startTestStack } from '../support/api-harness';
import { PHONE, launchBrowser, newContext, screenshot, signIn, textOf } from '../support/browser';

describe('signing in to the web UI (Chromium, real stack)', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.join(__dirname, '..', '..', 'dist', 'web', 'index.html'))) throw new Error('the web UI is not built: run `npm run build` first');
    [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('refuses a wrong password in Vietnamese, keeps the username, then signs in and shows who is signed in', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${stack.baseUrl}/cases`);
    await page.waitForURL('**/login'); // no session: to the login page
    await page.getByLabel('Tên đăng nhập').fill('chutich');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    expect(await textOf(page.getByRole('alert'))).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('chutich');
    await screenshot(page, 'login-refused-desktop');

    await page.getByLabel('Mật khẩu').fill('demo123');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/cases'); // back where the user wanted to go
    expect(await textOf(page.getByTestId('user-menu'))).toContain('Nguyễn Văn Hùng');
    await screenshot(page, 'cases-desktop');
  });

  it('fits a phone-sized screen without sideways scrolling', async () => {
    const page = await (await newContext(browser, PHONE)).newPage();
    await signIn(page, stack.baseUrl, 'canbo');
    // A string, because this file is type-checked without the DOM library; it runs in the page.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'home-phone');
  });
});
