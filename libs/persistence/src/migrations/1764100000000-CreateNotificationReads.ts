import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications: read marks per user. A row addressed to a role in a unit is shared by every holder of that
 * role, so "read" cannot live on the notification; `notifications.read_at` stays unused (one mark per user here, for
 * both kinds of rows).
 */
export class CreateNotificationReads1764100000000 implements MigrationInterface {
  name = 'CreateNotificationReads1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_reads (
        notification_id bigint NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, user_id)
      )`);
    // A user's marks in notification order: the unread count and the unread page anti-join on it (and deleting a
    // user cascades through it without a scan).
    await q.query(`CREATE INDEX notification_reads_user_idx ON notification_reads (user_id, notification_id)`);
    // Role-addressed rows only (a row naming a user reaches that user alone), newest first: the role path of the list
    // and of the count is an index-only scan of this, like the user path of notifications_user_idx.
    await q.query(`CREATE INDEX notifications_role_only_idx ON notifications (recipient_unit_id, recipient_role, id DESC) WHERE recipient_user_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_role_only_idx`);
    await q.query(`DROP TABLE notification_reads`);
  }
}
