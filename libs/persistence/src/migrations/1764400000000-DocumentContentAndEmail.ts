import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued documents keep their rendered content, and notifications reach people by email.
 * - documents.content: the document's layout model, frozen when the văn thư issues it, so every later download
 *   renders the same paper (no "now", no re-read of names that changed since).
 * - documents.doc_key: one document per key and case; a notice that can recur (a second request for
 *   supplementation) gets its own key, a decision keeps its kind as key.
 * - org_units.place_name: the địa danh of the date line ("Gia Lai, ngày …").
 * - users.email_notifications: a user may turn email off; in-app notifications stay.
 * - notification_emails: one row per notification and recipient once the mail server accepted it, so a retried
 *   activity sends nothing twice.
 */
export class DocumentContentAndEmail1764400000000 implements MigrationInterface {
  name = 'DocumentContentAndEmail1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE documents ADD COLUMN content jsonb`);
    await q.query(`ALTER TABLE documents ADD COLUMN doc_key text`);
    await q.query(`UPDATE documents SET doc_key = kind`);
    await q.query(`ALTER TABLE documents ALTER COLUMN doc_key SET NOT NULL`);
    await q.query(`ALTER TABLE documents DROP CONSTRAINT documents_case_id_kind_key`);
    await q.query(`ALTER TABLE documents ADD CONSTRAINT documents_case_id_doc_key_key UNIQUE (case_id, doc_key)`);
    await q.query(`CREATE INDEX documents_case_idx ON documents (case_id, issued_on, number)`);

    await q.query(`ALTER TABLE org_units ADD COLUMN place_name text`);
    await q.query(`ALTER TABLE users ADD COLUMN email_notifications boolean NOT NULL DEFAULT true`);

    await q.query(`
      CREATE TABLE notification_emails (
        notification_id bigint NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        email text NOT NULL,
        message_id text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_emails`);
    await q.query(`ALTER TABLE users DROP COLUMN email_notifications`);
    await q.query(`ALTER TABLE org_units DROP COLUMN place_name`);
    await q.query(`DROP INDEX documents_case_idx`);
    await q.query(`ALTER TABLE documents DROP CONSTRAINT documents_case_id_doc_key_key`);
    await q.query(`ALTER TABLE documents ADD CONSTRAINT documents_case_id_kind_key UNIQUE (case_id, kind)`);
    await q.query(`ALTER TABLE documents DROP COLUMN doc_key`);
    await q.query(`ALTER TABLE documents DROP COLUMN content`);
  }
}
