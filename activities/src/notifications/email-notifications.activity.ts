import { Context } from '@temporalio/activity';
import type { Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { EmailActivities, EmailNotificationsRequest, EmailNotificationsResult } from '@congdoan/contracts';
import { composeNotificationEmail } from './notification-email';

/** The part of a nodemailer transport the activity uses; null when no SMTP server is configured. */
export type Mailer = Pick<Transporter, 'sendMail'>;

export interface EmailSettings {
  from: string;
  /** the web address links point to, e.g. http://127.0.0.1:3000 */
  publicUrl: string;
}

interface RecipientRow {
  notificationId: string;
  title: string;
  body: string;
  caseId: string | null;
  caseCode: string | null;
  userId: string;
  fullName: string;
  email: string | null;
  wantsEmail: boolean;
  alreadySent: boolean;
}

// Each outbox row with each of its recipients: the named user, or everyone holding the role in the unit on the day
// the row was written. notification_emails says who already has it.
const RECIPIENTS_SQL = `
SELECT n.id::text AS "notificationId", n.title, n.body, n.case_id AS "caseId", c.code AS "caseCode",
       u.id AS "userId", u.full_name AS "fullName", u.email, u.email_notifications AS "wantsEmail",
       (e.notification_id IS NOT NULL) AS "alreadySent"
  FROM notifications n
  LEFT JOIN cases c ON c.id = n.case_id
  JOIN LATERAL (
    SELECT u.id, u.full_name, u.email, u.email_notifications, u.active FROM users u WHERE u.id = n.recipient_user_id
    UNION
    SELECT u.id, u.full_name, u.email, u.email_notifications, u.active
      FROM role_assignments r JOIN users u ON u.id = r.user_id
     WHERE n.recipient_user_id IS NULL AND r.org_unit_id = n.recipient_unit_id AND r.role = n.recipient_role
       AND r.valid_from <= (n.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
       AND (r.valid_to IS NULL OR r.valid_to >= (n.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
  ) u ON u.active
     -- a conflict of interest: the people a case is about are never told of its steps
     AND NOT EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = n.case_id AND cp.user_id = u.id)
  LEFT JOIN notification_emails e ON e.notification_id = n.id AND e.user_id = u.id
 WHERE n.dedupe_key = ANY($1)
 ORDER BY n.id, u.id`;

/** SMTP's permanent failures (5xx): retrying cannot help, so the recipient is skipped, not the whole batch retried. */
const isPermanentSmtpFailure = (error: unknown): boolean => {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/**
 * Emails the outbox rows of one transition. Temporal retries the activity with backoff while the mail server is
 * down; each (notification, recipient) pair is recorded as soon as the server accepted it, so a retry sends only
 * what is still missing. Between "accepted" and "recorded" a crash can still resend one message: it carries the
 * same Message-ID, which mail clients use to drop the duplicate.
 */
export class EmailActivitiesImpl implements EmailActivities {
  constructor(
    private readonly db: DataSource,
    private readonly mailer: Mailer | null,
    private readonly settings: EmailSettings,
  ) {}

  async emailNotifications(request: EmailNotificationsRequest): Promise<EmailNotificationsResult> {
    const result: EmailNotificationsResult = { sent: 0, alreadySent: 0, skipped: 0 };
    if (!request.dedupeKeys.length) return result;
    const rows = (await this.db.query(RECIPIENTS_SQL, [request.dedupeKeys])) as RecipientRow[];
    for (const row of rows) {
      if (row.alreadySent) result.alreadySent++;
      else if (!this.mailer || !row.email || !row.wantsEmail) result.skipped++;
      else if (await this.send(this.mailer, row, row.email)) result.sent++;
      else result.skipped++;
    }
    return result;
  }

  private async send(mailer: Mailer, row: RecipientRow, email: string): Promise<boolean> {
    const base = this.settings.publicUrl.replace(/\/+$/, '');
    const mail = composeNotificationEmail({
      recipientName: row.fullName,
      title: row.title,
      body: row.body,
      caseCode: row.caseCode,
      caseUrl: row.caseId ? `${base}/cases/${row.caseId}` : null,
      preferencesUrl: `${base}/profile`,
    });
    const messageId = `<notification-${row.notificationId}-${row.userId}@congdoan.workflow>`;
    try {
      await mailer.sendMail({ from: this.settings.from, to: { name: row.fullName, address: email }, messageId, ...mail });
    } catch (error) {
      if (!isPermanentSmtpFailure(error)) throw error;
      activityLog()?.warn('mail server refused a recipient', { notificationId: row.notificationId, userId: row.userId, error: String(error) });
      return false;
    }
    await this.db.query(
      `INSERT INTO notification_emails (notification_id, user_id, email, message_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [row.notificationId, row.userId, email, messageId],
    );
    return true;
  }
}

/** The activity's logger when running inside Temporal (tests may call the method directly). */
function activityLog() {
  try {
    return Context.current().log;
  } catch {
    return undefined;
  }
}
