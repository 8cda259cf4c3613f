import type { DocumentKind } from './document-facts';
import { TEMPLATES } from './templates';

/** Per kind: its type code in the number (NĐ 30 Phụ lục III) and its Vietnamese name. */
export const DOCUMENT_KINDS = Object.fromEntries(
  Object.entries(TEMPLATES).map(([kind, { typeCode, name }]) => [kind, { typeCode, name }]),
) as Record<DocumentKind, { typeCode: 'QĐ' | 'TB'; name: string }>;

/** The media types of the two renderings, e.g. for a download's Content-Type. */
export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
