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
  /** a content correction (NĐ 30/2020 Art. 18(3)): the issued document this one replaces */
  replacesDocumentId?: string;
  /** a format correction: the issued document this công văn đính chính corrects */
  correctsDocumentId?: string;
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

/** Another document a document points at (or is pointed at by): enough to cite it. */
export interface DocumentLink {
  id: string;
  number: string;
  issuedOn: string;
}

export interface DocumentRecord {
  id: string;
  caseId: string | null;
  kind: string;
  typeCode: string;
  issuerUnitId: string;
  secret: boolean;
  number: string;
  issuedAt: string;
  signer: string;
  signerTitle: string | null;
  summary: string;
  /** the document this one replaces (a content correction) */
  replaces: DocumentLink | null;
  /** the document that replaced this one, if any */
  replacedBy: DocumentLink | null;
  /** the document this công văn đính chính corrects (a format correction) */
  corrects: DocumentLink | null;
  /** the công văn đính chính issued for this one, oldest first */
  correctedBy: DocumentLink[];
  content: unknown;
}

/** One line of the register (sổ đăng ký văn bản đi); a document of a case the reader may not see keeps only its number. */
export interface RegisterRow {
  id: string;
  kind: string;
  typeCode: string;
  secret: boolean;
  number: number;
  numberText: string;
  issuedOn: string;
  signer: string;
  signerTitle: string | null;
  /** false: its case is not one the reader may see; trích yếu, recipients and case are withheld */
  visible: boolean;
  summary: string | null;
  caseId: string | null;
  caseCode: string | null;
  procedureCode: string | null;
  /** a drafted document's nơi nhận (the case's), or the 'Nơi nhận' lines of the frozen paper */
  recipients: unknown;
  replaces: DocumentLink | null;
  replacedBy: DocumentLink | null;
  corrects: DocumentLink | null;
  correctedBy: DocumentLink[];
}

export interface RegisterFilter {
  issuerUnitId: string;
  year: number;
  typeCode?: string;
  secret?: boolean;
  /** the reader ($1) and today ($2): what of each line they may see */
  userId: string;
  today: string;
  /** undefined: the whole register (an export) */
  limit?: number;
  /** keyset: the last line of the previous page in (type_code, secret, number) order */
  after?: { typeCode: string; secret: boolean; number: number };
}

/** The links of document `d`, as JSON columns (see DocumentLink). */
const linkJson = (r: string) => `json_build_object('id', ${r}.id, 'number', ${r}.number_text, 'issuedOn', ${r}.issued_on::text)`;
const LINK_COLUMNS = `
  (SELECT ${linkJson('r')} FROM documents r WHERE r.id = d.replaces_document_id) AS replaces,
  (SELECT ${linkJson('r')} FROM documents r WHERE r.replaces_document_id = d.id ORDER BY r.issued_on DESC, r.created_at DESC LIMIT 1) AS "replacedBy",
  (SELECT ${linkJson('r')} FROM documents r WHERE r.id = d.corrects_document_id) AS corrects,
  COALESCE((SELECT json_agg(${linkJson('r')} ORDER BY r.issued_on, r.created_at) FROM documents r WHERE r.corrects_document_id = d.id), '[]'::json) AS "correctedBy"`;

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
  /** The union that issued a document and the account of its signer (who a complaint about it is against). */
  async issuerOf(documentId: string): Promise<{ id: string; name: string; code: string; signerUserId: string | null } | null> {
    const [row] = (await this.db.query(
      `SELECT u.id, u.name, u.code, d.signer_user_id AS "signerUserId" FROM documents d JOIN org_units u ON u.id = d.issuer_unit_id WHERE d.id = $1`,
      [documentId],
    )) as { id: string; name: string; code: string; signerUserId: string | null }[];
    return row ?? null;
  }

  async findVisible(documentId: string, userId: string, today: string): Promise<DocumentRecord | null> {
    const rows = (await this.db.query(
      `WITH RECURSIVE ${CASE_ACCESS_CTES}
       SELECT d.id, d.case_id AS "caseId", d.kind, d.type_code AS "typeCode", d.issuer_unit_id AS "issuerUnitId", d.secret,
              d.number_text AS number, d.issued_on::text AS "issuedAt",
              d.signer_name AS signer, d.signer_title AS "signerTitle", d.summary, ${LINK_COLUMNS}, d.content
         FROM documents d JOIN cases c ON c.id = d.case_id
        WHERE d.id = $3 AND ${caseAccessible('c')}`,
      [userId, today, documentId],
    )) as DocumentRecord[];
    return rows[0] ?? null;
  }

  /**
   * The register of an issuer's year: every numbered document, in number order per type code and series (the
   * secret series apart); for each, what replaced or corrected it. The trích yếu, recipients and case of a document
   * whose case the reader may not see are withheld (null); its number stays, so the series shows no gap.
   */
  async register(filter: RegisterFilter): Promise<{ items: RegisterRow[]; hasMore: boolean }> {
    const params: unknown[] = [filter.userId, filter.today];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`d.issuer_unit_id = ${param(filter.issuerUnitId)}`, `d.year = ${param(filter.year)}`];
    if (filter.typeCode !== undefined) where.push(`d.type_code = ${param(filter.typeCode)}`);
    if (filter.secret !== undefined) where.push(`d.secret = ${param(filter.secret)}`);
    if (filter.after) {
      where.push(
        `(d.type_code COLLATE "C", d.secret, d.number) > (${param(filter.after.typeCode)}::text COLLATE "C", ${param(filter.after.secret)}::boolean, ${param(filter.after.number)}::int)`,
      );
    }
    const limit = filter.limit === undefined ? '' : `LIMIT ${param(filter.limit + 1)}`;
    const rows = (await this.db.query(
      `WITH RECURSIVE ${CASE_ACCESS_CTES},
       lines AS (
         SELECT d.*, c.code AS case_code, c.procedure_code, c.data AS case_data, (c.id IS NULL OR ${caseAccessible('c')}) AS visible
           FROM documents d LEFT JOIN cases c ON c.id = d.case_id
          WHERE ${where.join(' AND ')}
          ORDER BY d.type_code COLLATE "C", d.secret, d.number ${limit})
       SELECT d.id, d.kind, d.type_code AS "typeCode", d.secret, d.number, d.number_text AS "numberText", d.issued_on::text AS "issuedOn",
              d.signer_name AS signer, d.signer_title AS "signerTitle", d.visible,
              CASE WHEN d.visible THEN d.summary END AS summary,
              CASE WHEN d.visible THEN d.case_id END AS "caseId",
              CASE WHEN d.visible THEN d.case_code END AS "caseCode",
              CASE WHEN d.visible THEN d.procedure_code END AS "procedureCode",
              CASE WHEN NOT d.visible THEN NULL
                   WHEN d.procedure_code = 'ban-hanh-van-ban' THEN d.case_data->'recipients'
                   ELSE d.content->'recipients'->'lines' END AS recipients,
              ${LINK_COLUMNS}
         FROM lines d
        ORDER BY d.type_code COLLATE "C", d.secret, d.number`,
      params,
    )) as RegisterRow[];
    if (filter.limit === undefined) return { items: rows, hasMore: false };
    return { items: rows.slice(0, filter.limit), hasMore: rows.length > filter.limit };
  }

  /**
   * The open case (code) that will replace the document with a new one (a content correction not yet issued), if
   * any: a second replacement is refused while one is under way.
   */
  async pendingReplacement(documentId: string): Promise<string | null> {
    const rows = (await this.db.query(
      `SELECT c.code FROM cases c
        WHERE c.procedure_code = 'ban-hanh-van-ban' AND c.closed_at IS NULL
          AND c.data->'corrects'->>'documentId' = $1 AND c.data->'corrects'->>'kind' = 'content'
        ORDER BY c.created_at LIMIT 1`,
      [documentId],
    )) as { code: string }[];
    return rows[0]?.code ?? null;
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
                              signer_user_id, signer_name, signer_title, summary, issued_by, content, replaces_document_id, corrects_document_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
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
        doc.replacesDocumentId ?? null,
        doc.correctsDocumentId ?? null,
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
