import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import { DESKTOP, PHONE, confirmIfAsked, launchBrowser, newContext, screenshot, signIn, textOf } from '../support/browser';

/** `2026-12-04` → `04/12/2026`, as the pages write dates. */
const vi = (iso: string) => iso.split('-').reverse().join('/');

/** A small PDF on disk, named as an officer would name the scan. */
function pdf(name: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kn-tc-')), name);
  writeFileSync(file, `%PDF-1.4\n% ${name}\n%%EOF\n`);
  return file;
}

/** The dialog of an action: the last one opened. */
const dialog = (page: Page) => page.locator('.ant-modal:not(.ant-modal-confirm)').last();

/** Sends the open action dialog (its button carries the action's label) and confirms when asked; done when no dialog is left. */
async function send(page: Page, label: string): Promise<void> {
  await dialog(page).getByRole('button', { name: label, exact: true }).click();
  await confirmIfAsked(page, label);
}

/** Opens an action's dialog from the case page's action panel. */
async function openAction(page: Page, label: string): Promise<void> {
  await page.getByTestId('action-panel').getByRole('button', { name: label, exact: true }).click();
  await dialog(page).waitFor();
}

/** Attaches a file to a checklist item from the case page's dossier card, and waits until it is on file. */
async function attach(page: Page, item: string, file: string): Promise<void> {
  await page.locator(`[data-dossier-item="${item}"] input[type=file]`).setInputFiles(file);
  await page.locator(`[data-dossier-item="${item}"]`).getByText(/Đã nộp tệp/).waitFor();
}

/** Opens the procedure's intake form from the catalog, as a new user finds it. */
async function startFrom(page: Page, procedureName: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'Khởi tạo hồ sơ' }).click();
  await page.locator('article', { has: page.getByRole('heading', { name: procedureName, exact: true }) }).getByRole('button', { name: 'Khởi tạo hồ sơ' }).click();
}

const sidewaysOverflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

describe('complaints and denunciations through the web UI (Chromium, real stack with worker)', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack({ worker: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the UBKT receives a complaint, accepts it, assigns the team and reports; the Chủ tịch signs the first decision from the inbox; it is sent with its legal dates', async () => {
    const today = vietnamDate(new Date());
    const ubkt = await (await newContext(browser)).newPage();
    await signIn(ubkt, stack.baseUrl, 'ubkt');
    await startFrom(ubkt, 'Giải quyết khiếu nại');
    await ubkt.waitForURL('**/start/khieu-nai');

    await ubkt.getByLabel('Họ và tên người khiếu nại').fill('Ngô Văn Bình');
    await ubkt.getByLabel('Trích yếu quyết định, hành vi bị khiếu nại').fill('Quyết định thi hành kỷ luật khiển trách đối với ông Ngô Văn Bình');
    await ubkt.getByLabel('Số quyết định').fill('41/QĐ-CĐVC');
    await ubkt.getByLabel('Nội dung khiếu nại', { exact: true }).fill('Đề nghị hủy Quyết định kỷ luật khiển trách vì không tổ chức kiểm điểm theo quy định.');
    await ubkt.getByRole('button', { name: 'Tiếp nhận đơn khiếu nại' }).click();
    // The address was forgotten: said under the field, in Vietnamese, before anything is sent.
    expect(await textOf(ubkt.locator('.ant-form-item-explain-error'))).toBe('Địa chỉ người khiếu nại là bắt buộc');
    await ubkt.getByLabel('Địa chỉ người khiếu nại').fill('Tổ 3, phường Diên Hồng, Pleiku');
    // The 90-day filing window, counted from the day the letter came (no other date given).
    expect(await textOf(ubkt.getByTestId('filing-window'))).toContain('Thời hiệu khiếu nại đến hết ngày');
    expect(await ubkt.getByLabel('Tiêu đề hồ sơ').inputValue()).toBe('Khiếu nại của Ngô Văn Bình');
    await ubkt.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    await screenshot(ubkt, 'complaint-form-desktop');
    await ubkt.getByRole('button', { name: 'Tiếp nhận đơn khiếu nại' }).click();

    const opened = await textOf(ubkt.getByText(/Đã tiếp nhận hồ sơ KN-\d{4}-\d{4}/));
    const code = /KN-\d{4}-\d{4}/.exec(opened)![0];
    const letter = pdf('Don khieu nai Ngo Van Binh.pdf');
    await ubkt.locator('input[type=file]').first().setInputFiles(letter);
    await ubkt.getByText(path.basename(letter)).first().waitFor();
    await ubkt.getByRole('button', { name: `Mở hồ sơ ${code}` }).click();
    await ubkt.waitForURL('**/cases/**');

    // Thụ lý: the step's own word for accepting.
    await openAction(ubkt, 'Thụ lý');
    await dialog(ubkt).getByLabel('Ý kiến').fill('Đủ điều kiện thụ lý theo Điều 27');
    await send(ubkt, 'Thụ lý');
    await ubkt.getByText('Đã ghi nhận: Thụ lý.').waitFor();

    // The verification team, its head first (the UBKT member keeps the step), with a second member.
    await openAction(ubkt, 'Phân công tổ xác minh');
    const members = dialog(ubkt).getByLabel('Thành viên tổ xác minh');
    for (const name of ['Phạm Thị Lan', 'Hoàng Văn Minh']) {
      await members.click();
      await ubkt.locator('.ant-select-item-option', { hasText: name }).click();
      await dialog(ubkt).locator('.ant-select-selection-item', { hasText: name }).waitFor();
    }
    await dialog(ubkt).getByText('Thành viên tổ xác minh', { exact: true }).click(); // closes the list
    expect(await textOf(dialog(ubkt).locator('.ant-select-selection-item').first())).toBe('Phạm Thị Lan — Ủy viên Ủy ban Kiểm tra (tổ trưởng)');
    await send(ubkt, 'Phân công tổ xác minh');
    expect(await textOf(ubkt.getByTestId('team'))).toContain('Phạm Thị Lan (Tổ trưởng)');
    expect(await textOf(ubkt.getByTestId('team'))).toContain('Hoàng Văn Minh');

    // Reporting without the report is refused with what to upload; then it is uploaded and the result submitted.
    await openAction(ubkt, 'Trình kết quả xác minh');
    await dialog(ubkt).getByLabel('Ý kiến').fill('Việc kỷ luật đúng thẩm quyền nhưng chưa tổ chức kiểm điểm.');
    await dialog(ubkt).getByRole('button', { name: 'Trình kết quả xác minh', exact: true }).click();
    expect(await textOf(dialog(ubkt).getByRole('alert'))).toContain('Báo cáo kết quả xác minh');
    await screenshot(ubkt, 'complaint-report-missing-desktop');
    await dialog(ubkt).getByRole('button', { name: 'Hủy' }).click();
    await attach(ubkt, 'bao-cao-xac-minh', pdf('Bao cao xac minh.pdf'));
    await openAction(ubkt, 'Trình kết quả xác minh');
    await dialog(ubkt).getByLabel('Ý kiến').fill('Việc kỷ luật đúng thẩm quyền nhưng chưa tổ chức kiểm điểm.');
    await send(ubkt, 'Trình kết quả xác minh');
    await ubkt.getByText('Đã ghi nhận: Trình kết quả xác minh.').waitFor();

    // The Chủ tịch signs from the inbox: the row's button opens the case with the decision's form.
    const leader = await (await newContext(browser)).newPage();
    await signIn(leader, stack.baseUrl, 'chutich');
    const row = leader.locator('.ant-table-row').filter({ hasText: code });
    await row.waitFor();
    await leader.waitForLoadState('networkidle');
    await screenshot(leader, 'complaint-inbox-leader-desktop');
    await row.getByRole('button', { name: `Ký quyết định giải quyết – hồ sơ ${code}` }).click();
    await leader.waitForURL('**/cases/**');
    await dialog(leader).waitFor();
    await dialog(leader).getByRole('button', { name: 'Ký quyết định giải quyết', exact: true }).click();
    expect(await textOf(dialog(leader).locator('.ant-form-item-explain-error').first())).toBe('Hãy chọn: đúng, đúng một phần hay sai');
    await dialog(leader).getByText('Đúng một phần', { exact: true }).click();
    await dialog(leader).getByLabel('Nội dung giải quyết, kết luận').fill('Hủy Quyết định số 41/QĐ-CĐVC; tổ chức kiểm điểm lại theo quy định.');
    await screenshot(leader, 'complaint-decision-form-desktop');
    await send(leader, 'Ký quyết định giải quyết');
    await leader.getByText('Đã ghi nhận: Ký quyết định giải quyết.').waitFor();
    const numberLine = await textOf(leader.getByText(/Số: \d{2}\/QĐ-CĐVC/));
    const number = /\d{2}\/QĐ-CĐVC/.exec(numberLine)![0];
    expect(numberLine).toBe(`Số: ${number} ngày ${vi(today)}`);
    expect(await textOf(leader.getByTestId('finding'))).toBe('Khiếu nại đúng một phần (Nguyễn Văn Hùng ký)');

    // The UBKT sends it: the case closes with the day it takes effect and the second-instance window.
    await ubkt.reload();
    await openAction(ubkt, 'Đã gửi quyết định');
    await send(ubkt, 'Đã gửi quyết định');
    await ubkt.getByText('Đã giải quyết').first().waitFor();
    const due = async (start: string, amount: number) =>
      (await stack.request<{ due: string }>('GET', `/api/calendar/deadline?start=${start}&amount=${amount}&unit=calendar_days`, { token: await stack.login('ubkt') })).body.due;
    const secondUntil = await due(today, 30);
    const effectFrom = addDays(await due(today, 30), 1);
    const sent = ubkt.getByTestId('decision-sent');
    expect(await textOf(sent)).toContain(`Quyết định giải quyết khiếu nại số ${number} đã gửi ngày ${vi(today)}.`);
    expect(await textOf(ubkt.getByTestId('legal-effect'))).toContain(`Có hiệu lực pháp luật từ ngày ${vi(effectFrom)}`);
    expect(await textOf(ubkt.getByTestId('second-instance-until'))).toContain(`Người khiếu nại có quyền khiếu nại lần hai đến hết ngày ${vi(secondUntil)}`);
    await screenshot(ubkt, 'complaint-resolved-desktop');

    const phone = await (await newContext(browser, PHONE)).newPage();
    await signIn(phone, stack.baseUrl, 'chutich');
    await phone.goto(ubkt.url());
    await phone.getByTestId('decision-sent').waitFor();
    await phone.waitForLoadState('networkidle');
    await screenshot(phone, 'complaint-resolved-phone');
    expect(await sidewaysOverflow(phone)).toBe(0);
  }, 240_000);

  it('both intake forms fit a phone', async () => {
    const page = await (await newContext(browser, PHONE)).newPage();
    await signIn(page, stack.baseUrl, 'ubkt');
    for (const [code, field] of [['khieu-nai', 'Họ và tên người khiếu nại'], ['to-cao', 'Họ và tên người tố cáo']] as const) {
      await page.goto(`${stack.baseUrl}/start/${code}`);
      await page.getByLabel(field).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${code === 'khieu-nai' ? 'complaint' : 'denunciation'}-form-phone`);
      expect({ code, overflow: await sidewaysOverflow(page) }).toEqual({ code, overflow: 0 });
    }
  });

  it('a denunciation: the UBKT member who received it sees the denouncer; an unassigned UBKT member never does', async () => {
    const DENOUNCER = 'Trịnh Thị Bảo Châu';
    const ubkt = await (await newContext(browser)).newPage();
    await signIn(ubkt, stack.baseUrl, 'ubkt');
    await startFrom(ubkt, 'Giải quyết tố cáo');
    await ubkt.waitForURL('**/start/to-cao');
    expect(await textOf(ubkt.getByTestId('identity-notice'))).toContain('Danh tính người tố cáo được giữ bí mật');
    await ubkt.getByLabel('Họ và tên người tố cáo').fill(DENOUNCER);
    await ubkt.getByLabel('Địa chỉ người tố cáo').fill('45 Hai Bà Trưng, phường Tây Sơn, Pleiku');
    await ubkt.getByLabel('Số điện thoại').fill('0912 345 678');
    // The accused, picked from the unit's staff (their account goes with the name).
    await ubkt.getByLabel('Họ và tên người bị tố cáo').fill('Tuấn');
    await ubkt.locator('.ant-select-item-option', { hasText: 'Lê Minh Tuấn — Chuyên viên Ban Tổ chức' }).click();
    await ubkt.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    expect(await ubkt.getByLabel('Chức vụ, nơi công tác').inputValue()).toBe('Chuyên viên Ban Tổ chức');
    await ubkt.getByLabel('Nội dung tố cáo', { exact: true }).fill(`Tôi là ${DENOUNCER}, tố cáo ông Lê Minh Tuấn nhận tiền để xét hồ sơ thành lập CĐCS.`);
    expect(await ubkt.getByLabel('Tiêu đề hồ sơ').inputValue()).toBe('Tố cáo đối với Lê Minh Tuấn');
    await screenshot(ubkt, 'denunciation-form-desktop');
    await ubkt.getByRole('button', { name: 'Tiếp nhận đơn tố cáo' }).click();

    const opened = await textOf(ubkt.getByText(/Đã tiếp nhận hồ sơ TC-\d{4}-\d{4}/));
    const code = /TC-\d{4}-\d{4}/.exec(opened)![0];
    await ubkt.locator('input[type=file]').first().setInputFiles(pdf(`Don to cao - ${DENOUNCER}.pdf`));
    await ubkt.getByText(`Don to cao - ${DENOUNCER}.pdf`, { exact: false }).first().waitFor();
    await ubkt.getByRole('button', { name: `Mở hồ sơ ${code}` }).click();
    await ubkt.waitForURL('**/cases/**');
    const caseUrl = ubkt.url();
    expect(await textOf(ubkt.getByTestId('denouncer'))).toContain(DENOUNCER);
    await ubkt.waitForLoadState('networkidle');
    await screenshot(ubkt, 'denunciation-reader-desktop');

    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const other = await (await newContext(browser, viewport)).newPage();
      await signIn(other, stack.baseUrl, 'ubkt2');
      if (device === 'desktop') {
        // Found as a new user finds it: in the case list.
        await other.goto(`${stack.baseUrl}/cases`);
        await other.getByRole('link', { name: code }).first().click();
        await other.waitForURL('**/cases/**');
      } else await other.goto(caseUrl);
      await other.getByTestId('identity-protected').waitFor();
      await other.waitForLoadState('networkidle');
      expect(await textOf(other.getByTestId('identity-protected'))).toContain('Danh tính người tố cáo được bảo vệ');
      const text = await other.locator('body').innerText();
      const html = await other.content();
      for (const leak of ['Bảo Châu', 'Hai Bà Trưng', '0912']) {
        expect({ device, leak, inText: text.includes(leak), inHtml: html.includes(leak) }).toEqual({ device, leak, inText: false, inHtml: false });
      }
      expect(text).toContain('Tệp được bảo vệ (có thông tin người tố cáo)');
      expect(text).toContain('Lê Minh Tuấn');
      await screenshot(other, `denunciation-unassigned-${device}`);
      if (device === 'phone') expect(await sidewaysOverflow(other)).toBe(0);
    }

    // Accepted by the leader; then, while the UBKT verifies, the leader extends the period by a numbered decision.
    await ubkt.reload();
    await openAction(ubkt, 'Đề xuất thụ lý');
    await send(ubkt, 'Đề xuất thụ lý');
    await ubkt.getByText('Đã ghi nhận: Đề xuất thụ lý.').waitFor();
    const leader = await (await newContext(browser)).newPage();
    await signIn(leader, stack.baseUrl, 'chutich');
    await leader.locator('.ant-table-row').filter({ hasText: code }).getByRole('button', { name: `Ký quyết định thụ lý – hồ sơ ${code}` }).click();
    await dialog(leader).waitFor();
    await send(leader, 'Ký quyết định thụ lý');
    await leader.getByText('Đã ghi nhận: Ký quyết định thụ lý.').waitFor();
    const decisions = leader.getByTestId('leader-actions');
    await decisions.getByRole('button', { name: 'Gia hạn giải quyết (QĐ gia hạn)' }).click();
    await dialog(leader).getByText('Vụ việc có nhiều nội dung hoặc liên quan đến nhiều địa điểm').click();
    await dialog(leader).getByLabel(/Số ngày gia hạn/).fill('30');
    await dialog(leader).getByLabel(/Lý do gia hạn/).fill('Phải xác minh tại hai đơn vị');
    await screenshot(leader, 'denunciation-extend-desktop');
    await send(leader, 'Gia hạn giải quyết (QĐ gia hạn)');
    const extension = await textOf(leader.getByTestId('clock-panel').getByText(/Thêm 30 ngày theo Quyết định \d{2}\/QĐ-CĐVC/));
    expect(extension).toMatch(/Thêm 30 ngày theo Quyết định \d{2}\/QĐ-CĐVC: Phải xác minh tại hai đơn vị/);
    // The leader now decides it: the denouncer is theirs to see.
    expect(await textOf(leader.getByTestId('denouncer'))).toContain(DENOUNCER);
    await leader.waitForLoadState('networkidle');
    await screenshot(leader, 'denunciation-leader-desktop');
  }, 240_000);
});
