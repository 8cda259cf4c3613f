/** One outbox row as one person's email: Vietnamese, with the link to the case and how to turn email off. */
export interface NotificationEmailInput {
  recipientName: string;
  title: string;
  body: string;
  caseCode: string | null;
  caseUrl: string | null;
  preferencesUrl: string;
}

export interface NotificationEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function composeNotificationEmail(n: NotificationEmailInput): NotificationEmail {
  const subject = n.caseCode && !n.title.includes(n.caseCode) ? `[${n.caseCode}] ${n.title}` : n.title;
  const footer = 'Email tự động của hệ thống quy trình nội bộ Công đoàn, vui lòng không trả lời.';
  const optOut = `Tắt thông báo qua email (thông báo trong ứng dụng vẫn giữ): ${n.preferencesUrl}`;
  const text = [`Kính gửi ${n.recipientName},`, '', n.body, ...(n.caseUrl ? ['', `Xem hồ sơ: ${n.caseUrl}`] : []), '', '--', footer, optOut].join('\n');
  const link = n.caseUrl ? `<p><a href="${escapeHtml(n.caseUrl)}">Xem hồ sơ ${escapeHtml(n.caseCode ?? '')}</a></p>` : '';
  const html =
    `<p>Kính gửi ${escapeHtml(n.recipientName)},</p><p>${escapeHtml(n.body)}</p>${link}` +
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}<br><a href="${escapeHtml(n.preferencesUrl)}">Tắt thông báo qua email</a></p>`;
  return { subject, text, html };
}
