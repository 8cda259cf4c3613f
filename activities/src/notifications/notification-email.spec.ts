import { composeNotificationEmail } from './notification-email';

const base = {
  recipientName: 'Nguyễn Văn Hùng',
  title: 'Việc mới: Xét duyệt, quyết định công nhận',
  body: 'Hồ sơ TL-2026-0007 chờ bạn xử lý, hạn 04/12/2026.',
  caseCode: 'TL-2026-0007',
  caseUrl: 'https://congdoan.example/cases/4b1c',
  preferencesUrl: 'https://congdoan.example/profile',
};

describe('composeNotificationEmail', () => {
  it('puts the case code in the subject and the link to the case in both bodies', () => {
    const mail = composeNotificationEmail(base);
    expect(mail.subject).toBe('[TL-2026-0007] Việc mới: Xét duyệt, quyết định công nhận');
    expect(mail.text.split('\n')).toEqual(expect.arrayContaining(['Kính gửi Nguyễn Văn Hùng,', base.body, 'Xem hồ sơ: https://congdoan.example/cases/4b1c']));
    expect(mail.html).toContain('<a href="https://congdoan.example/cases/4b1c">Xem hồ sơ TL-2026-0007</a>');
    expect(mail.text).toContain('Tắt thông báo qua email');
  });

  it('does not repeat a code the title already carries, and writes no link without a case', () => {
    const mail = composeNotificationEmail({ ...base, title: 'Hồ sơ TL-2026-0007 đã được công nhận', caseUrl: null });
    expect(mail.subject).toBe('Hồ sơ TL-2026-0007 đã được công nhận');
    expect(mail.text).not.toContain('Xem hồ sơ');
  });

  it('escapes what people typed before it goes into HTML', () => {
    const mail = composeNotificationEmail({ ...base, recipientName: 'A <script>alert(1)</script>', body: 'Lý do: "thiếu" & <b>sai</b>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Lý do: &quot;thiếu&quot; &amp; &lt;b&gt;sai&lt;/b&gt;');
  });
});
