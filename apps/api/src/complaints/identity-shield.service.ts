import { Injectable } from '@nestjs/common';
import { DOCUMENT_KINDS, type DocumentKind } from '@congdoan/documents';
import { Forbidden, findProcedure, redactIdentity, vietnamDate } from '@congdoan/domain';
import type { AttachmentView } from '../attachments/attachment-view';
import { IdentityVault, type ProtectedRecord } from './identity-vault.service';

/** What a user is shown of a case's protected identity: whether there is one, and whether they may see it. */
export interface IdentityView {
  protected: boolean;
  visibleToYou: boolean;
}

const PROTECTED_FILE_NAME = 'Tệp được bảo vệ (có thông tin người tố cáo)';

const forbidden = () =>
  new Forbidden(
    'Văn bản, tệp này cho biết danh tính người tố cáo: chỉ người được phân công giải quyết và lãnh đạo đơn vị giải quyết mới được mở (Luật Tố cáo 2018 Điều 47)',
    "This file identifies the denouncer: only the people assigned to the case and the resolving unit's leaders may open it",
  );

/**
 * Where a denunciation's identity meets the API's responses: what the assigned people and the deciding leader see
 * (and the audit of it), what everyone else sees instead, and the free text users type, cleared of the identity.
 */
@Injectable()
export class IdentityShield {
  constructor(private readonly vault: IdentityVault) {}

  /** Whether the case keeps an identity under protection (a named denunciation). */
  static applies(procedureCode: string, data: Record<string, unknown> | undefined): boolean {
    return procedureCode === 'to-cao' && data?.identityProtected === true;
  }

  /** The case page's identity for this user: the record when they may read it (recorded in the audit trail). */
  async forCaseView(caseId: string, userId: string, today: string): Promise<{ record: ProtectedRecord | null; view: IdentityView }> {
    const record = await this.vault.readFor(caseId, userId, today, 'case');
    return { record, view: { protected: true, visibleToYou: record !== null } };
  }

  mayReadIdentity(caseId: string, userId: string): Promise<boolean> {
    return this.vault.mayRead(caseId, userId, vietnamDate(new Date()));
  }

  /** A dossier file whose item identifies the denouncer, shown to someone who may not see them: only that it exists. */
  static hideAttachment(procedureCode: string, attachment: AttachmentView): AttachmentView {
    if (!identifiesDenouncer(procedureCode, attachment.dossierItem)) return attachment;
    return { ...attachment, fileName: PROTECTED_FILE_NAME, note: null };
  }

  /** Opening a protected file or document: refused to anyone else, recorded for those allowed. */
  async openProtected(caseId: string, userId: string, today: string, purpose: 'document' | 'attachment', subjectId: string): Promise<void> {
    const record = await this.vault.readFor(caseId, userId, today, purpose, subjectId);
    if (!record) throw forbidden();
  }

  /** Text a user typed about a denunciation, with the denouncer's identity replaced; other cases' text as it came. */
  async clearText<T extends string | undefined>(caseId: string, procedureCode: string, text: T): Promise<T> {
    if (procedureCode !== 'to-cao' || !text) return text;
    const record = await this.vault.openForRedaction(caseId);
    return (record ? redactIdentity(text, record.denouncer) : text) as T;
  }

  /** The record itself, for clearing several texts at once (undefined for other procedures or no record). */
  async identityOf(caseId: string, procedureCode: string): Promise<ProtectedRecord['denouncer'] | undefined> {
    if (procedureCode !== 'to-cao') return undefined;
    return (await this.vault.openForRedaction(caseId))?.denouncer;
  }
}

export function identifiesDenouncer(procedureCode: string, dossierItem: string): boolean {
  return findProcedure(procedureCode)?.dossier.some((d) => d.key === dossierItem && d.identifiesDenouncer === true) ?? false;
}

export function documentIdentifiesDenouncer(kind: string): boolean {
  return (DOCUMENT_KINDS as Record<string, { identifiesDenouncer?: boolean }>)[kind as DocumentKind]?.identifiesDenouncer === true;
}
