import type { ProcedureDefinition } from '@congdoan/domain';
import type { AttachmentRow } from '@congdoan/persistence';

/** A dossier file on the case page and in the list: what it is and who brought it, never where it is stored. */
export type AttachmentView = Omit<AttachmentRow, 'caseId'>;

/** One line of the dossier checklist with how many files it has, so the officer sees what is still missing. */
export interface DossierItemView {
  key: string;
  name: string;
  required: boolean;
  attachmentCount: number;
}

/** Copies field by field, so a storage detail added to the row one day never leaks into the API. */
export const toAttachmentView = (a: AttachmentRow): AttachmentView => ({
  id: a.id,
  dossierItem: a.dossierItem,
  fileName: a.fileName,
  mediaType: a.mediaType,
  size: a.size,
  sha256: a.sha256,
  note: a.note,
  uploadedAt: a.uploadedAt,
  uploadedBy: a.uploadedBy,
});

export function toDossierView(procedure: ProcedureDefinition | undefined, attachments: readonly Pick<AttachmentRow, 'dossierItem'>[]): DossierItemView[] {
  return (procedure?.dossier ?? []).map((item) => ({
    key: item.key,
    name: item.name,
    required: item.required,
    attachmentCount: attachments.filter((a) => a.dossierItem === item.key).length,
  }));
}
