import type { Browser, Page } from 'playwright-core';
import { vietnamDate } from '@congdoan/domain';
import { type TestStack, startTestStack } from '../support/api-harness';
import path from 'node:path';
import { DESKTOP, PHONE, SCREENSHOTS, confirmIfAsked, launchBrowser, newContext, screenshot, signIn, textOf } from '../support/browser';
import { caseClient } from '../support/case-client';
import { eventually } from '../support/http-checks';

interface CaseBody {
  id: string;
  code: string;
  status: string;
}

const today = vietnamDate(new Date());
const NOMINEES = [{ fullName: 'Nguyễn Thị Hạnh', position: 'Giáo viên' }, { unitName: 'Tổ Toán, Trường THPT Hùng Vương' }];

/** The dialog of an action: the last one opened. */
const dialog = (page: Page) => page.locator('.ant-modal:not(.ant-modal-confirm)').last();
const sidewaysOverflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** Waits until no select list is open any more (a closing one fades out first). */
const listsClosed = (page: Page) =>
  page.waitForFunction("![...document.querySelectorAll('.ant-select-dropdown')].some((d) => d.offsetParent !== null && !d.classList.contains('ant-select-dropdown-hidden'))");

describe('commendations through the web UI (Chromium, real stack with worker)', () => {
  let stack: TestStack;
  let browser: Browser;
  const { unit, signIn: signInApi, open, act, openTask, caseOf, upload } = caseClient<CaseBody>();

  /** A khen-thuong case the officer opened, checked and appraised: at the council's vote. */
  const atCouncil = async (title: string, nominees: Record<string, unknown>[] = NOMINEES) => {
    const created = await open('canbo', {
      procedureCode: 'khen-thuong',
      orgUnitId: unit['CĐVC'],
      title,
      data: { nominees, awardType: 'giay-khen', achievements: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025–2026.', proposingUnit: 'Công đoàn cơ sở Trường THPT Hùng Vương', period: '2025–2026' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await act('canbo', (await openTask('canbo', id, 'kiem-tra-ho-so')).id, { action: 'approve' })).status).toBe(200);
    expect((await act('canbo', (await openTask('canbo', id, 'tham-dinh')).id, { action: 'approve', comment: 'Đủ điều kiện, trình Hội đồng' })).status).toBe(200);
    return { id, code: created.body.code };
  };

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack({ worker: true }), launchBrowser()]);
    await signInApi(stack, ['canbo', 'chutich', 'vanthu', 'ubkt']);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the Chủ tịch signs the commendation decision from the inbox, after the council’s ballot; the văn thư’s step follows', async () => {
    const { id, code } = await atCouncil('Đề nghị tặng Giấy khen năm học 2025–2026');
    await upload('canbo', id, 'bien-ban-hoi-dong', 'Bien ban Hoi dong TDKT.pdf');
    const vote = await openTask('canbo', id, 'hoi-dong-tdkt');
    const meeting = {
      body: 'HD-TDKT',
      heldOn: today,
      members: 7,
      present: 6,
      ballot: 'secret',
      votes: [
        { option: 'Nguyễn Thị Hạnh', for: 6 },
        { option: 'Tổ Toán, Trường THPT Hùng Vương', for: 5, against: 1 },
      ],
    };
    expect((await act('canbo', vote.id, { action: 'vote', data: { meeting } })).status).toBe(200);

    const leader = await (await newContext(browser)).newPage();
    await signIn(leader, stack.baseUrl, 'chutich');
    const row = leader.locator('.ant-table-row').filter({ hasText: code });
    await row.waitFor();
    expect(await row.innerText()).toContain('Ký quyết định khen thưởng');
    await leader.waitForLoadState('networkidle');
    await screenshot(leader, 'commendation-inbox-leader-desktop');
    await row.getByRole('button', { name: `Ký quyết định khen thưởng – hồ sơ ${code}` }).click();
    await leader.waitForURL('**/cases/**');
    await dialog(leader).waitFor();

    // The council's meeting, on the page behind the dialog: who came, each nominee's count, what it gave.
    const card = leader.getByTestId('meetings-card');
    expect(await textOf(card)).toContain('Hội đồng Thi đua - Khen thưởng · họp ngày');
    expect(await card.innerText()).toContain('Có mặt 6/7 thành viên');
    expect(await card.innerText()).toContain('Đủ số lượng (cần 5)');
    expect(await textOf(leader.getByTestId('meeting-outcome'))).toContain('Nguyễn Thị Hạnh, Tổ Toán, Trường THPT Hùng Vương');
    await screenshot(leader, 'commendation-sign-dialog-desktop');

    await dialog(leader).getByLabel('Ý kiến').fill('Đồng ý khen thưởng theo đề nghị của Hội đồng.');
    await dialog(leader).getByRole('button', { name: 'Ký quyết định khen thưởng', exact: true }).click();
    await confirmIfAsked(leader, 'Ký quyết định khen thưởng');
    await leader.getByText('Đã ghi nhận: Ký quyết định khen thưởng.').waitFor();
    expect(await textOf(leader.getByTestId('action-panel'))).toContain('Hồ sơ chuyển sang bước "Vào số, ban hành quyết định khen thưởng" (Văn thư)');
    await leader.waitForLoadState('networkidle');
    await screenshot(leader, 'commendation-signed-desktop');

    // The văn thư finds the decision to number in their inbox.
    const clerk = await (await newContext(browser)).newPage();
    await signIn(clerk, stack.baseUrl, 'vanthu');
    const clerkRow = clerk.locator('.ant-table-row').filter({ hasText: code });
    await clerkRow.waitFor();
    expect(await clerkRow.innerText()).toContain('Vào số, ban hành quyết định khen thưởng');
    expect(await openTask('vanthu', id, 'ban-hanh-quyet-dinh')).toBeTruthy();

    // The meetings card on a phone: nothing wider than the screen.
    const phone = await (await newContext(browser, PHONE)).newPage();
    await signIn(phone, stack.baseUrl, 'chutich');
    await phone.goto(`${stack.baseUrl}/cases/${id}`);
    await phone.getByTestId('meetings-card').waitFor();
    await phone.waitForLoadState('networkidle');
    await phone.getByTestId('meetings-card').scrollIntoViewIfNeeded();
    await screenshot(phone, 'commendation-meetings-phone');
    await phone.getByTestId('meetings-card').screenshot({ path: path.join(SCREENSHOTS, 'commendation-meetings-card-phone.png') });
    await phone.getByTestId('case-details').screenshot({ path: path.join(SCREENSHOTS, 'commendation-details-card-phone.png') });
    expect(await sidewaysOverflow(phone)).toBe(0);
  }, 240_000);

  it('the council’s vote form says the quorum and the votes beyond those present as they are typed, and shows the API’s refusal as is', async () => {
    const { id } = await atCouncil('Đề nghị tặng Giấy khen (biểu quyết thử)');
    await upload('canbo', id, 'bien-ban-hoi-dong', 'Bien ban Hoi dong.pdf');
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const page = await (await newContext(browser, viewport)).newPage();
      await signIn(page, stack.baseUrl, 'canbo');
      await page.goto(`${stack.baseUrl}/cases/${id}`);
      await page.getByTestId('action-panel').getByRole('button', { name: 'Ghi nhận kết quả bỏ phiếu của Hội đồng', exact: true }).click();
      const form = dialog(page);
      await form.waitFor();
      expect(await textOf(form.getByTestId('vote-body'))).toBe('Hội đồng Thi đua - Khen thưởng');
      await form.getByLabel('Tổng số thành viên', { exact: true }).fill('9');
      await form.getByLabel('Số có mặt', { exact: true }).fill('5');
      expect(await textOf(form.getByTestId('quorum-hint'))).toContain('Không đủ số lượng tham dự: có mặt 5/9, cần ít nhất 6');
      await form.getByLabel('Số có mặt', { exact: true }).fill('8');
      expect(await textOf(form.getByTestId('quorum-hint'))).toContain('Cuộc họp hợp lệ khi có ít nhất 6 thành viên có mặt (2/3 của 9).');
      await form.getByLabel('Tán thành: Nguyễn Thị Hạnh', { exact: true }).fill('7');
      await form.getByLabel('Không tán thành: Nguyễn Thị Hạnh', { exact: true }).fill('2');
      await form.getByLabel('Tán thành: Tổ Toán, Trường THPT Hùng Vương', { exact: true }).fill('4');
      expect(await textOf(form.getByTestId('over-count'))).toBe('1 phiếu vượt số có mặt');
      await screenshot(page, `commendation-vote-form-${device}`);
      // The dialog as it is seen on the screen (a full-page shot of a phone leaves it scrolled away): its top, then its rows.
      await form.getByTestId('vote-body').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOTS, `commendation-vote-dialog-${device}.png`) });
      await form.getByTestId('vote-row').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOTS, `commendation-vote-rows-${device}.png`) });
      if (device === 'phone') expect(await sidewaysOverflow(page)).toBe(0);
      if (device === 'desktop') {
        await form.getByRole('button', { name: 'Ghi nhận kết quả bỏ phiếu của Hội đồng', exact: true }).click();
        expect(await textOf(form.getByRole('alert'))).toContain('nhiều hơn 8 thành viên có mặt');
        await screenshot(page, 'commendation-vote-refused-desktop');
      }
    }
  }, 240_000);

  it('a nominee under discipline review (recorded through the discipline form) holds the commendation, with the reason shown', async () => {
    const ubkt = await (await newContext(browser)).newPage();
    await signIn(ubkt, stack.baseUrl, 'ubkt');
    await ubkt.goto(`${stack.baseUrl}/start/ky-luat`);
    await ubkt.getByLabel('Họ và tên').fill('Đặng Quốc Bảo');
    await ubkt.getByLabel('Chức vụ công đoàn, nơi công tác').fill('Chủ tịch CĐCS Trường THPT Hùng Vương');
    await ubkt.getByLabel('Công đoàn nơi sinh hoạt').click();
    await ubkt.locator('.ant-select-item-option', { hasText: 'Công đoàn cơ sở Trường THPT Hùng Vương' }).click();
    await ubkt.getByLabel('Nội dung vi phạm').fill('Chậm nộp báo cáo tài chính công đoàn hai quý liên tiếp.');
    await ubkt.getByLabel('Hình thức kỷ luật đề nghị').click();
    await ubkt.locator('.ant-select-item-option', { hasText: 'Khiển trách' }).click();
    await listsClosed(ubkt);
    await ubkt.waitForLoadState('networkidle');
    await screenshot(ubkt, 'discipline-form-desktop');
    const phoneForm = await (await newContext(browser, PHONE)).newPage();
    await signIn(phoneForm, stack.baseUrl, 'ubkt');
    await phoneForm.goto(`${stack.baseUrl}/start/ky-luat`);
    await phoneForm.getByText('Tập thể (Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra)').click();
    await phoneForm.getByRole('switch', { name: 'Đã bị kỷ luật về Đảng hoặc chính quyền trước đó' }).click();
    await phoneForm.waitForLoadState('networkidle');
    await screenshot(phoneForm, 'discipline-form-phone');
    expect(await sidewaysOverflow(phoneForm)).toBe(0);
    await ubkt.getByRole('button', { name: 'Tiếp nhận hồ sơ kỷ luật' }).click();
    await ubkt.getByText(/Đã tiếp nhận hồ sơ KL-\d{4}-\d{4}/).waitFor();

    // His school proposes him for a Giấy khen: once checked, the case waits.
    const created = await open('canbo', {
      procedureCode: 'khen-thuong',
      orgUnitId: unit['CĐVC'],
      title: 'Đề nghị tặng Giấy khen cho Chủ tịch CĐCS',
      data: { nominees: [{ fullName: 'Đặng Quốc Bảo', position: 'Chủ tịch CĐCS' }], awardType: 'giay-khen', achievements: 'Hoàn thành xuất sắc nhiệm vụ.' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await act('canbo', (await openTask('canbo', id, 'kiem-tra-ho-so')).id, { action: 'approve' })).status).toBe(200);
    await eventually(async () => ((await caseOf('canbo', id)).body.status === 'ON_HOLD' ? true : undefined), 'ON_HOLD');

    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const page = await (await newContext(browser, viewport)).newPage();
      await signIn(page, stack.baseUrl, 'canbo');
      await page.goto(`${stack.baseUrl}/cases/${id}`);
      const banner = page.getByTestId('hold-banner');
      expect(await textOf(banner)).toContain('Tạm dừng xét khen thưởng');
      expect(await banner.innerText()).toContain('Đặng Quốc Bảo đang trong thời gian xem xét kỷ luật');
      expect(await banner.innerText()).not.toMatch(/KL-\d{4}/);
      expect(await textOf(page.locator('[data-case-status]'))).toContain('Tạm dừng xét');
      await page.waitForLoadState('networkidle');
      await screenshot(page, `commendation-hold-${device}`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `commendation-hold-top-${device}.png`) });
      if (device === 'phone') expect(await sidewaysOverflow(page)).toBe(0);
    }
  }, 240_000);

  it('the commendation form: a person and a collective, on a desktop and a phone', async () => {
    for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const page = await (await newContext(browser, viewport)).newPage();
      await signIn(page, stack.baseUrl, 'canbo');
      await page.goto(`${stack.baseUrl}/start/khen-thuong`);
      await page.getByLabel('Hình thức khen thưởng').click();
      await page.locator('.ant-select-item-option', { hasText: 'Giấy khen' }).first().click();
      await listsClosed(page);
      await page.getByLabel('Năm, đợt thi đua').fill('2026');
      await page.getByLabel('Đơn vị đề nghị (cấp trình)').fill('Công đoàn cơ sở Trường THPT Hùng Vương');
      await page.getByLabel('Họ và tên 1').fill('Nguyễn Thị Hạnh');
      await page.getByLabel('Chức vụ, nơi công tác 1').fill('Giáo viên');
      await page.getByRole('button', { name: 'Thêm người, tập thể được đề nghị' }).click();
      await page.getByTestId('nominee').nth(1).getByText('Tập thể', { exact: true }).click();
      await page.getByLabel('Tên tập thể 2').fill('Tổ Toán');
      await page.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ năm học.');
      expect(await page.getByLabel('Tiêu đề hồ sơ').inputValue()).toBe('Đề nghị Giấy khen năm 2026 – Công đoàn cơ sở Trường THPT Hùng Vương');
      await page.waitForLoadState('networkidle');
      await screenshot(page, `commendation-form-${device}`);
      if (device === 'phone') expect(await sidewaysOverflow(page)).toBe(0);
      if (device === 'desktop') {
        await page.getByRole('button', { name: 'Tiếp nhận hồ sơ khen thưởng' }).click();
        expect(await textOf(page.getByText(/Đã tiếp nhận hồ sơ KT-\d{4}-\d{4}/))).toMatch(/KT-\d{4}-\d{4}/);
      }
    }
  }, 240_000);
});
