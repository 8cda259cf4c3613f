import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dossier files (thành phần hồ sơ) attached to a case. The bytes live in the file store under `storage_key`, a name
 * the server generated; the client's file name is kept only as metadata. A case with files cannot be deleted
 * (RESTRICT): the files would be orphaned on disk and the dossier lost from the record.
 */
export class CreateAttachments1764300000000 implements MigrationInterface {
  name = 'CreateAttachments1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
        dossier_item text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        media_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        note text,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- the Idempotency-Key of the upload: the same key and file give the same attachment, once
        idempotency_key text,
        request_hash text,
        CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))
      )`);
    await q.query(`CREATE INDEX attachments_case_idx ON attachments (case_id, created_at, id)`);
    await q.query(`CREATE UNIQUE INDEX attachments_idempotency_idx ON attachments (uploaded_by, idempotency_key) WHERE idempotency_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachments`);
  }
}
