import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AppConfig } from '@congdoan/config';
import { findProcedure, vietnamDate } from '@congdoan/domain';
import { AttachmentsRepository, type CaseAccess, type FileStore, type StoredAttachmentRow } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { IdentityShield, identifiesDenouncer } from '../complaints/identity-shield.service';
import { requestHash } from '../cases/request-hash';
import { APP_CONFIG } from '../infrastructure/tokens';
import { attachmentNotFound, caseClosed, caseNotFound, idempotencyKeyReused, unsupportedFileType } from './attachment-errors';
import { type AttachmentView, toAttachmentView } from './attachment-view';
import { sanitiseFileName } from './file-name';
import { FILE_STORE } from './file-store.token';
import { sniffDossierMediaType, withMatchingExtension } from './media-sniffer';
import type { MultipartUpload } from './multipart-upload';
import { type UploadForm, checkUploadForm } from './upload-form';

export type ReadUploadForm = (maxBytes: number) => Promise<MultipartUpload>;

/**
 * Dossier files of a case. Who may see the case may read its files; while it is open, they may also add files. An
 * upload is checked (visibility, open case, form, type by content) before anything is written, stored under a
 * generated name, then recorded with its timeline event; a failed record removes the stored file.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger('AttachmentsService');

  constructor(
    private readonly attachments: AttachmentsRepository,
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly shield: IdentityShield,
  ) {}

  /** `readForm` reads the request body (multipart) with the size limit it is given; called only once the case allows it. */
  async upload(caseId: string, user: AuthenticatedUser, readForm: ReadUploadForm, idempotencyKey?: string): Promise<AttachmentView> {
    // Checked before the body is read: a case the user may not see, or a closed one, costs no upload.
    const access = await this.visibleCase(caseId, user);
    if (!access.open) throw caseClosed(access.code);
    const procedure = findProcedure(access.procedureCode);
    if (!procedure) throw new Error(`case ${caseId} has procedure '${access.procedureCode}', which this build does not define`);

    const form = checkUploadForm(await readForm(this.config.attachments.maxBytes), procedure);
    const givenName = sanitiseFileName(form.file.originalName);
    const type = sniffDossierMediaType(form.file.buffer);
    if (!type) throw unsupportedFileType(givenName);
    // A denunciation's file names and notes are cleared of the denouncer's identity, like everything typed about it.
    const fileName = await this.shield.clearText(caseId, access.procedureCode, withMatchingExtension(givenName, type));
    form.note = (await this.shield.clearText(caseId, access.procedureCode, form.note ?? undefined)) ?? null;

    const idempotency = idempotencyKey ? { key: idempotencyKey, requestHash: uploadHash(caseId, form, fileName) } : undefined;
    if (idempotency) {
      const earlier = await this.attachments.findByIdempotencyKey(user.id, idempotency.key);
      if (earlier) return replay(earlier, idempotency.requestHash);
    }

    const stored = await this.store.put(form.file.buffer, caseId);
    const result = await this.attachments
      .record({
        id: randomUUID(),
        caseId,
        dossierItem: form.dossierItem,
        storageKey: stored.key,
        fileName,
        mediaType: type.mediaType,
        size: stored.size,
        sha256: stored.sha256,
        note: form.note,
        uploadedBy: { userId: user.id, fullName: user.fullName },
        idempotency,
      })
      .catch(async (error: unknown) => {
        await this.discard(stored.key);
        throw error;
      });
    if (result.recorded) return toAttachmentView(result.attachment);

    await this.discard(stored.key);
    if (result.reason === 'case_closed') throw caseClosed(access.code);
    // Same key, racing: the upload that committed first is the answer to both.
    const winner = idempotency && (await this.attachments.findByIdempotencyKey(user.id, idempotency.key));
    if (!winner || !idempotency) throw new Error('an attachment idempotency key was taken, then not found');
    return replay(winner, idempotency.requestHash);
  }

  async list(caseId: string, user: AuthenticatedUser): Promise<{ items: AttachmentView[] }> {
    const access = await this.visibleCase(caseId, user);
    const items = (await this.attachments.listForCase(caseId)).map(toAttachmentView);
    if (access.procedureCode !== 'to-cao' || (await this.shield.mayReadIdentity(caseId, user.id))) return { items };
    return { items: items.map((a) => IdentityShield.hideAttachment(access.procedureCode, a)) };
  }

  /** The file and its metadata; the download is on the timeline once the file is open (a missing file records nothing). */
  async download(caseId: string, attachmentId: string, user: AuthenticatedUser): Promise<{ attachment: StoredAttachmentRow; content: Readable }> {
    const access = await this.visibleCase(caseId, user);
    const attachment = await this.attachments.findInCase(caseId, attachmentId);
    if (!attachment) throw attachmentNotFound(attachmentId);
    if (identifiesDenouncer(access.procedureCode, attachment.dossierItem)) {
      await this.shield.openProtected(caseId, user.id, vietnamDate(new Date()), 'attachment', attachment.id);
    }
    const content = await this.store.open(attachment.storageKey);
    try {
      await this.attachments.recordDownload(attachment, { userId: user.id, fullName: user.fullName }, randomUUID());
    } catch (error) {
      content.destroy();
      throw error;
    }
    return { attachment, content };
  }

  /** A case this user may not see is as unknown as one that does not exist (404 for both). */
  private async visibleCase(caseId: string, user: AuthenticatedUser): Promise<CaseAccess> {
    const access = await this.attachments.caseVisibleTo(caseId, { userId: user.id, today: vietnamDate(new Date()) });
    if (!access) throw caseNotFound(caseId);
    return access;
  }

  /** Best effort: the original failure is what the caller must see; a leftover file is only logged. */
  private async discard(key: string): Promise<void> {
    await this.store.remove(key).catch((error: unknown) => this.logger.error({ err: error, key }, 'could not remove an unrecorded attachment file'));
  }
}

/** What an upload's Idempotency-Key remembers: the case, the form and the file's own hash. */
function uploadHash(caseId: string, form: UploadForm, fileName: string): string {
  const sha256 = createHash('sha256').update(form.file.buffer).digest('hex');
  return requestHash({ caseId, dossierItem: form.dossierItem, note: form.note, fileName, sha256 });
}

function replay(earlier: { attachment: StoredAttachmentRow; requestHash: string }, hash: string): AttachmentView {
  if (earlier.requestHash !== hash) throw idempotencyKeyReused();
  return toAttachmentView(earlier.attachment);
}
