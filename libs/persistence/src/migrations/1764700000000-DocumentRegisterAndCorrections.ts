import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi, NĐ 30/2020 Art. 16) and corrections (Art. 18(3)):
 * - documents.replaces_document_id: a content error is corrected by a new document that replaces the old one; the old
 *   one reads its replacement from here (`replacedBy`).
 * - documents.corrects_document_id: a format error is corrected by a công văn đính chính naming the document.
 * A document does one or the other, never both, and never points at itself. Both are set once, when the correcting
 * document is numbered.
 * - documents_register_idx: the register reads one issuer's year in number order per type and series.
 */
export class DocumentRegisterAndCorrections1764700000000 implements MigrationInterface {
  name = 'DocumentRegisterAndCorrections1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE documents
        ADD COLUMN replaces_document_id uuid NULL REFERENCES documents(id) ON DELETE RESTRICT,
        ADD COLUMN corrects_document_id uuid NULL REFERENCES documents(id) ON DELETE RESTRICT,
        ADD CONSTRAINT documents_one_correction_check CHECK (replaces_document_id IS NULL OR corrects_document_id IS NULL),
        ADD CONSTRAINT documents_not_self_check CHECK (replaces_document_id <> id AND corrects_document_id <> id)`);
    await q.query(`CREATE INDEX documents_replaces_idx ON documents (replaces_document_id) WHERE replaces_document_id IS NOT NULL`);
    await q.query(`CREATE INDEX documents_corrects_idx ON documents (corrects_document_id) WHERE corrects_document_id IS NOT NULL`);
    await q.query(`CREATE INDEX documents_register_idx ON documents (issuer_unit_id, year, type_code, secret, number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX documents_register_idx`);
    await q.query(`DROP INDEX documents_corrects_idx`);
    await q.query(`DROP INDEX documents_replaces_idx`);
    await q.query(`
      ALTER TABLE documents
        DROP CONSTRAINT documents_not_self_check,
        DROP CONSTRAINT documents_one_correction_check,
        DROP COLUMN corrects_document_id,
        DROP COLUMN replaces_document_id`);
  }
}
