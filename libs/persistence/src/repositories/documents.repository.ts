import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { NotFound } from '@congdoan/domain';

/** A document to number and register; one of each `kind` per case. */
export interface NewNumberedDocument {
  caseId: string;
  kind: string;
  typeCode: string;
  issuerUnitId: string;
  /** YYYY-MM-DD, Vietnam time */
  issuedOn: string;
  /** the numbering year: the year of `issuedOn` */
  year: number;
  secret: boolean;
  signerUserId: string;
  signerName: string;
  summary: string;
  issuedByUserId: string;
}

export interface NumberedDocument {
  documentId: string;
  number: number;
  numberText: string;
  issuedOn: string;
}

/** Writes the số/ký hiệu from the number and the codes; the rule lives with the caller, not in SQL. */
export type DocumentNumberFormat = (number: number, typeCode: string, issuerCode: string) => string;

interface DocumentRow {
  id: string;
  number: number;
  number_text: string;
  issued_on: string;
}

const toNumbered = (row: DocumentRow): NumberedDocument => ({
  documentId: row.id,
  number: row.number,
  numberText: row.number_text,
  issuedOn: row.issued_on,
});

/** A second attempt for the same case and kind lost the race to the first: the first one's document stands. */
const isSameCaseKindRace = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'documents_case_id_kind_key';

/** The register of issued documents (sổ đăng ký văn bản đi), numbered gap-free per issuer, type, year and secrecy. */
export class DocumentsRepository {
  constructor(private readonly db: DataSource) {}

  async findByCaseAndKind(caseId: string, kind: string, manager: EntityManager = this.db.manager): Promise<NumberedDocument | null> {
    const rows = (await manager.query(
      `SELECT id, number, number_text, issued_on::text AS issued_on FROM documents WHERE case_id = $1 AND kind = $2`,
      [caseId, kind],
    )) as DocumentRow[];
    return rows[0] ? toNumbered(rows[0]) : null;
  }

  /**
   * Numbers and registers the document in one transaction, or returns the one already registered for the case and
   * kind (a retried activity). The counter row is locked from the bump to the commit, so concurrent issues queue
   * there and a rolled-back issue leaves no gap.
   */
  async issueNumbered(doc: NewNumberedDocument, format: DocumentNumberFormat): Promise<NumberedDocument> {
    try {
      return await this.db.transaction((tx) => this.issueIn(tx, doc, format));
    } catch (error) {
      const existing = isSameCaseKindRace(error) ? await this.findByCaseAndKind(doc.caseId, doc.kind) : null;
      if (existing) return existing;
      throw error;
    }
  }

  private async issueIn(tx: EntityManager, doc: NewNumberedDocument, format: DocumentNumberFormat): Promise<NumberedDocument> {
    const existing = await this.findByCaseAndKind(doc.caseId, doc.kind, tx);
    if (existing) return existing;

    // Looked up before the bump, so the counter stays locked for as short a time as possible.
    const [issuer] = (await tx.query(
      `SELECT u.code AS issuer_code,
              (SELECT r.title FROM role_assignments r
                WHERE r.user_id = $2 AND r.org_unit_id = u.id AND r.role = 'leader'
                  AND r.valid_from <= $3::date AND (r.valid_to IS NULL OR r.valid_to >= $3::date)
                ORDER BY r.valid_from DESC LIMIT 1) AS signer_title
         FROM org_units u WHERE u.id = $1`,
      [doc.issuerUnitId, doc.signerUserId, doc.issuedOn],
    )) as { issuer_code: string; signer_title: string | null }[];
    if (!issuer) throw new NotFound('đơn vị ban hành', 'Issuing unit', doc.issuerUnitId);

    const [{ last_number: number }] = (await tx.query(
      `INSERT INTO document_counters (issuer_unit_id, type_code, year, secret, last_number) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (issuer_unit_id, type_code, year, secret) DO UPDATE SET last_number = document_counters.last_number + 1
       RETURNING last_number`,
      [doc.issuerUnitId, doc.typeCode, doc.year, doc.secret],
    )) as { last_number: number }[];

    const numberText = format(number, doc.typeCode, issuer.issuer_code);
    const [row] = (await tx.query(
      `INSERT INTO documents (case_id, kind, type_code, issuer_unit_id, issuer_code, year, secret, number, number_text, issued_on,
                              signer_user_id, signer_name, signer_title, summary, issued_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       RETURNING id, number, number_text, issued_on::text AS issued_on`,
      [
        doc.caseId,
        doc.kind,
        doc.typeCode,
        doc.issuerUnitId,
        issuer.issuer_code,
        doc.year,
        doc.secret,
        number,
        numberText,
        doc.issuedOn,
        doc.signerUserId,
        doc.signerName,
        issuer.signer_title,
        doc.summary,
        doc.issuedByUserId,
      ],
    )) as DocumentRow[];
    return toNumbered(row);
  }
}
