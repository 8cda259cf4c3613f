import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';

/** Debian's Chromium (scripts/ensure-system-packages.sh installs it); never a browser downloaded by a test tool. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(__dirname, '..', '..', 'test-output', 'screenshots');

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-system-packages.sh (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // --no-sandbox: tests run as root; the rest keep Chromium off a network it cannot reach.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh browser profile at the given screen size, Vietnamese by default as the users' browsers are. */
export function newContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
}

/** Saves a full-page screenshot under test-output/screenshots (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, baseUrl: string, username: string, password = 'demo123'): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The text of an element once it is visible (Playwright waits for it; Jest's expect then reads plain text). */
export async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor({ state: 'visible' });
  return locator.first().innerText();
}

const NO_DIALOG_OPEN = "![...document.querySelectorAll('.ant-modal')].some((m) => m.offsetParent !== null)";

/**
 * After an action dialog's send button was clicked: an irreversible action asks once more (a confirmation whose button
 * carries the same label), which is answered; done when no dialog is left. Waits for whichever comes first, so a
 * confirmation still fading in is not missed (a one-off visibility check would be).
 */
export async function confirmIfAsked(page: Page, label: string, timeoutMs = 30_000): Promise<void> {
  const confirm = page.locator('.ant-modal-confirm');
  const first = await Promise.race([
    confirm.waitFor({ state: 'visible', timeout: timeoutMs }).then(() => 'confirm' as const),
    page.waitForFunction(NO_DIALOG_OPEN, null, { timeout: timeoutMs }).then(() => 'closed' as const),
  ]);
  if (first === 'closed') return;
  await confirm.getByRole('button', { name: label, exact: true }).click();
  await page.waitForFunction(NO_DIALOG_OPEN, null, { timeout: timeoutMs });
}
