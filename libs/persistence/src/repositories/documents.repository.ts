import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { NotFound } from '@congdoan/domain';
import { CASE_ACCESS_CTES, caseAccessible } from './cases.repository';

/** A document to number and register; one per `key` and case (a decision's key is its kind). */
export interface NewNumberedDocument {
  caseId: string;
  key: string;
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
  issuedByUserId: string;
}

export interface NumberedDocument {
  documentId: string;
  number: number;
  numberText: string;
  issuedOn: string;
}

/** What the register knows of the issuer and the signer on the day of issue: the paper's header and signature. */
export interface IssuerFacts {
  issuerName: string;
  issuerCode: string;
  /** địa danh: the unit's own, else its nearest ancestor's */
  placeName: string | null;
  parentName: string | null;
  signerTitle: string | null;
  signerRole: string | null;
}

/** Writes the số/ký hiệu from the number and the codes; the rule lives with the caller, not in SQL. */
export type DocumentNumberFormat = (number: number, typeCode: string, issuerCode: string) => string;
/** The document's content, composed once its number is known and frozen in the row, with the trích yếu it carries. */
export type ComposeContent = (numberText: string, issuer: IssuerFacts) => { content: unknown; summary: string };

export interface DocumentRecord {
  id: string;
  caseId: string | null;
  kind: string;
  number: string;
  issuedAt: string;
  signer: string;
  signerTitle: string | null;
  summary: string;
  content: unknown;
}

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

/** A second attempt for the same case and key lost the race to the first: the first one's document stands. */
const isSameCaseKeyRace = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'documents_case_id_doc_key_key';

/** The register of issued documents (sổ đăng ký văn bản đi), numbered gap-free per issuer, type, year and secrecy. */
export class DocumentsRepository {
  constructor(private readonly db: DataSource) {}

  async findByCaseAndKey(caseId: string, key: string, manager: EntityManager = this.db.manager): Promise<NumberedDocument | null> {
    const rows = (await manager.query(
      `SELECT id, number, number_text, issued_on::text AS issued_on FROM documents WHERE case_id = $1 AND doc_key = $2`,
      [caseId, key],
    )) as DocumentRow[];
    return rows[0] ? toNumbered(rows[0]) : null;
  }

  /** The document with its content, when its case is one the user may see ($1 user, $2 today); else null. */
  async findVisible(documentId: string, userId: string, today: string): Promise<DocumentRecord | null> {
    const rows = (await this.db.query(
      `WITH RECURSIVE ${CASE_ACCESS_CTES}
       SELECT d.id, d.case_id AS "caseId", d.kind, d.number_text AS number, d.issued_on::text AS "issuedAt",
              d.signer_name AS signer, d.signer_title AS "signerTitle", d.summary, d.content
         FROM documents d JOIN cases c ON c.id = d.case_id
        WHERE d.id = $3 AND ${caseAccessible('c')}`,
      [userId, today, documentId],
    )) as DocumentRecord[];
    return rows[0] ?? null;
  }

  /**
   * Numbers and registers the document in one transaction, or returns the one already registered for the case and
   * key (a retried activity). The counter row is locked from the bump to the commit, so concurrent issues queue
   * there and a rolled-back issue leaves no gap.
   */
  async issueNumbered(doc: NewNumberedDocument, format: DocumentNumberFormat, compose: ComposeContent): Promise<NumberedDocument> {
    try {
      return await this.db.transaction((tx) => this.issueIn(tx, doc, format, compose));
    } catch (error) {
      const existing = isSameCaseKeyRace(error) ? await this.findByCaseAndKey(doc.caseId, doc.key) : null;
      if (existing) return existing;
      throw error;
    }
  }

  private async issueIn(tx: EntityManager, doc: NewNumberedDocument, format: DocumentNumberFormat, compose: ComposeContent): Promise<NumberedDocument> {
    const existing = await this.findByCaseAndKey(doc.caseId, doc.key, tx);
    if (existing) return existing;

    // Looked up before the bump, so the counter stays locked for as short a time as possible.
    const issuer = await this.issuerFacts(tx, doc);
    const [{ last_number: number }] = (await tx.query(
      `INSERT INTO document_counters (issuer_unit_id, type_code, year, secret, last_number) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (issuer_unit_id, type_code, year, secret) DO UPDATE SET last_number = document_counters.last_number + 1
       RETURNING last_number`,
      [doc.issuerUnitId, doc.typeCode, doc.year, doc.secret],
    )) as { last_number: number }[];

    const numberText = format(number, doc.typeCode, issuer.issuerCode);
    // The register records the trích yếu as the paper prints it.
    const { content, summary } = compose(numberText, issuer);
    const [row] = (await tx.query(
      `INSERT INTO documents (case_id, doc_key, kind, type_code, issuer_unit_id, issuer_code, year, secret, number, number_text, issued_on,
                              signer_user_id, signer_name, signer_title, summary, issued_by, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       RETURNING id, number, number_text, issued_on::text AS issued_on`,
      [
        doc.caseId,
        doc.key,
        doc.kind,
        doc.typeCode,
        doc.issuerUnitId,
        issuer.issuerCode,
        doc.year,
        doc.secret,
        number,
        numberText,
        doc.issuedOn,
        doc.signerUserId,
        doc.signerName,
        issuer.signerTitle,
        summary,
        doc.issuedByUserId,
        JSON.stringify(content),
      ],
    )) as DocumentRow[];
    return toNumbered(row);
  }

  /** The issuer's names and place, and the signer's title there on the day (a leader's title first). */
  private async issuerFacts(tx: EntityManager, doc: NewNumberedDocument): Promise<IssuerFacts> {
    const [issuer] = (await tx.query(
      `WITH RECURSIVE up(id, place_name, depth) AS (
         SELECT u.id, u.place_name, 0 FROM org_units u WHERE u.id = $1
         UNION ALL
         SELECT p.id, p.place_name, up.depth + 1 FROM up JOIN org_units c ON c.id = up.id JOIN org_units p ON p.id = c.parent_id
          WHERE up.place_name IS NULL AND up.depth < 10
       )
       SELECT u.name AS "issuerName", u.code AS "issuerCode", parent.name AS "parentName",
              (SELECT place_name FROM up WHERE place_name IS NOT NULL ORDER BY depth LIMIT 1) AS "placeName",
              s.title AS "signerTitle", s.role AS "signerRole"
         FROM org_units u
         LEFT JOIN org_units parent ON parent.id = u.parent_id
         LEFT JOIN LATERAL (
           SELECT r.title, r.role FROM role_assignments r
            WHERE r.user_id = $2 AND r.org_unit_id = u.id
              AND r.valid_from <= $3::date AND (r.valid_to IS NULL OR r.valid_to >= $3::date)
            ORDER BY (r.role = 'leader') DESC, r.valid_from DESC LIMIT 1) s ON true
        WHERE u.id = $1`,
      [doc.issuerUnitId, doc.signerUserId, doc.issuedOn],
    )) as IssuerFacts[];
    if (!issuer) throw new NotFound('đơn vị ban hành', 'Issuing unit', doc.issuerUnitId);
    return issuer;
  }
}
