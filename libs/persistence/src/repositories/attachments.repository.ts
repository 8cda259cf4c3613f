import { type DataSource, QueryFailedError } from 'typeorm';
import { CASE_ACCESS_CTES, caseAccessible, sqlIsoInstant } from './cases.repository';

/** A dossier file as users see it (the case page, the list): never where it is stored. */
export interface AttachmentRow {
  id: string;
  caseId: string;
  /** the key of the procedure's dossier item it belongs to */
  dossierItem: string;
  /** the client's name, sanitised: metadata only */
  fileName: string;
  /** detected from the content */
  mediaType: string;
  size: number;
  sha256: string;
  note: string | null;
  /** ISO 8601 UTC */
  uploadedAt: string;
  uploadedBy: { userId: string; fullName: string };
}

export interface StoredAttachmentRow extends AttachmentRow {
  storageKey: string;
}

/** What the attachment endpoints need to know of a case the caller may see. */
export interface CaseAccess {
  id: string;
  code: string;
  procedureCode: string;
  open: boolean;
}

export interface NewAttachment {
  id: string;
  caseId: string;
  dossierItem: string;
  storageKey: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  note: string | null;
  uploadedBy: { userId: string; fullName: string };
  idempotency?: { key: string; requestHash: string };
}

export type RecordAttachmentResult =
  | { recorded: true; attachment: StoredAttachmentRow }
  /** the case closed (or vanished) before the row was written */
  | { recorded: false; reason: 'case_closed' }
  /** a concurrent upload with the same Idempotency-Key committed first */
  | { recorded: false; reason: 'key_taken' };

export interface TimelineActor {
  userId: string;
  fullName: string;
}

const COLUMNS = `a.id, a.case_id AS "caseId", a.dossier_item AS "dossierItem", a.file_name AS "fileName", a.media_type AS "mediaType",
  a.size_bytes::float8 AS size, a.sha256, a.note, ${sqlIsoInstant('a.created_at')} AS "uploadedAt",
  json_build_object('userId', u.id, 'fullName', u.full_name) AS "uploadedBy", a.storage_key AS "storageKey"`;
const FROM = `FROM attachments a JOIN users u ON u.id = a.uploaded_by`;

const eventData = (a: Pick<AttachmentRow, 'id' | 'fileName' | 'dossierItem' | 'sha256' | 'size'>) =>
  JSON.stringify({ attachmentId: a.id, fileName: a.fileName, dossierItem: a.dossierItem, sha256: a.sha256, size: a.size });

const isIdempotencyRace = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'attachments_idempotency_idx';

/** The attachments table and the timeline events of uploads and downloads. */
export class AttachmentsRepository {
  constructor(private readonly db: DataSource) {}

  /** The case, when this user may see it (the same rule as the case page); null when unknown or not visible. */
  async caseVisibleTo(caseId: string, visibleTo: { userId: string; today: string }): Promise<CaseAccess | null> {
    const rows = (await this.db.query(
      `WITH RECURSIVE ${CASE_ACCESS_CTES}
       SELECT c.id, c.code, c.procedure_code AS "procedureCode", c.closed_at IS NULL AS open
         FROM cases c WHERE c.id = $3 AND ${caseAccessible('c')}`,
      [visibleTo.userId, visibleTo.today, caseId],
    )) as CaseAccess[];
    return rows[0] ?? null;
  }

  async listForCase(caseId: string): Promise<StoredAttachmentRow[]> {
    return (await this.db.query(`SELECT ${COLUMNS} ${FROM} WHERE a.case_id = $1 ORDER BY a.created_at, a.id`, [caseId])) as StoredAttachmentRow[];
  }

  async findInCase(caseId: string, attachmentId: string): Promise<StoredAttachmentRow | null> {
    const rows = (await this.db.query(`SELECT ${COLUMNS} ${FROM} WHERE a.case_id = $1 AND a.id = $2`, [caseId, attachmentId])) as StoredAttachmentRow[];
    return rows[0] ?? null;
  }

  async findByIdempotencyKey(userId: string, key: string): Promise<{ attachment: StoredAttachmentRow; requestHash: string } | null> {
    const rows = (await this.db.query(`SELECT ${COLUMNS}, a.request_hash AS "requestHash" ${FROM} WHERE a.uploaded_by = $1 AND a.idempotency_key = $2`, [
      userId,
      key,
    ])) as (StoredAttachmentRow & { requestHash: string })[];
    if (!rows[0]) return null;
    const { requestHash, ...attachment } = rows[0];
    return { attachment, requestHash };
  }

  /**
   * The row and its `attachment_uploaded` timeline event in ONE statement (so both or neither), and only while the
   * case is open: a case closed since the caller checked gets nothing written.
   */
  async record(a: NewAttachment): Promise<RecordAttachmentResult> {
    try {
      const rows = (await this.db.query(
        `WITH inserted AS (
           INSERT INTO attachments (id, case_id, dossier_item, storage_key, file_name, media_type, size_bytes, sha256, note, uploaded_by,
                                    idempotency_key, request_hash)
           SELECT $1::uuid, c.id, $3::text, $4::text, $5::text, $6::text, $7::bigint, $8::text, $9::text, $10::uuid, $12::text, $13::text
             FROM cases c WHERE c.id = $2::uuid AND c.closed_at IS NULL
           RETURNING id, created_at
         ),
         event AS (
           INSERT INTO timeline_events (case_id, event_key, at, kind, actor_user_id, actor_name, data)
           SELECT $2::uuid, 'attachment:' || i.id || ':uploaded', i.created_at, 'attachment_uploaded', $10::uuid, $11::text, $14::jsonb
             FROM inserted i
           ON CONFLICT (case_id, event_key) DO NOTHING
         )
         SELECT ${sqlIsoInstant('created_at')} AS "uploadedAt" FROM inserted`,
        [
          a.id,
          a.caseId,
          a.dossierItem,
          a.storageKey,
          a.fileName,
          a.mediaType,
          a.size,
          a.sha256,
          a.note,
          a.uploadedBy.userId,
          a.uploadedBy.fullName,
          a.idempotency?.key ?? null,
          a.idempotency?.requestHash ?? null,
          eventData(a),
        ],
      )) as { uploadedAt: string }[];
      if (!rows[0]) return { recorded: false, reason: 'case_closed' };
      const { idempotency: _idempotency, ...row } = a;
      return { recorded: true, attachment: { ...row, uploadedAt: rows[0].uploadedAt } };
    } catch (error) {
      if (isIdempotencyRace(error)) return { recorded: false, reason: 'key_taken' };
      throw error;
    }
  }

  /** Every download is on the record: who fetched which file, when (`downloadId` keeps each one a distinct event). */
  async recordDownload(a: AttachmentRow, actor: TimelineActor, downloadId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO timeline_events (case_id, event_key, at, kind, actor_user_id, actor_name, data)
       VALUES ($1, $2, now(), 'attachment_downloaded', $3, $4, $5::jsonb)`,
      [a.caseId, `attachment:${a.id}:downloaded:${downloadId}`, actor.userId, actor.fullName, eventData(a)],
    );
  }
}
