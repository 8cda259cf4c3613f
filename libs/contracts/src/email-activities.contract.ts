/** The notifications (outbox rows) a transition wrote, by their dedupe keys: each is emailed to its recipients once. */
export interface EmailNotificationsRequest {
  dedupeKeys: string[];
}

export interface EmailNotificationsResult {
  /** accepted by the mail server in this attempt */
  sent: number;
  /** sent by an earlier attempt: not sent again */
  alreadySent: number;
  /** no SMTP configured, or recipients without an address or with email turned off */
  skipped: number;
}

export interface EmailActivities {
  emailNotifications(request: EmailNotificationsRequest): Promise<EmailNotificationsResult>;
}
