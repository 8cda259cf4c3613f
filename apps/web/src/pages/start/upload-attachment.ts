import { ApiError, api } from '../../api/client';
import type { Attachment } from '../../api/types';
import { errorText } from '../../components/api-error';

/** `POST /api/cases/:id/attachments` (multipart: the checklist item first, then the file). */
export function uploadAttachment(caseId: string, dossierItem: string, file: File, idempotencyKey: string): Promise<Attachment> {
  const form = new FormData();
  form.append('dossierItem', dossierItem);
  form.append('file', file, file.name);
  return api<Attachment>(`/cases/${caseId}/attachments`, { method: 'POST', form, headers: { 'Idempotency-Key': idempotencyKey } });
}

const FALLBACK = {
  vi: {
    413: 'Tệp lớn hơn dung lượng cho phép.',
    415: 'Tệp không thuộc định dạng được chấp nhận: PDF, PNG, JPEG, TIFF hoặc DOCX.',
  },
  en: {
    413: 'The file is larger than allowed.',
    415: 'The file is not of an accepted type: PDF, PNG, JPEG, TIFF or DOCX.',
  },
};

/** Why one file was refused: the server's words, or (when a proxy answered 413/415 without them) ours. */
export function uploadErrorText(error: unknown, language: string, networkText: string): string {
  if (error instanceof ApiError && !error.body && (error.status === 413 || error.status === 415)) {
    return FALLBACK[language === 'en' ? 'en' : 'vi'][error.status];
  }
  return errorText(error, language, networkText);
}

/** A lost answer or a server hiccup: the same file may be sent again with the same key. */
export const canRetryUpload = (error: unknown): boolean => error instanceof ApiError && (error.isNetwork || error.status >= 500);
