export type { ComplaintFacts, DenunciationFacts, DocumentFacts, DocumentKind, FoundingSubject, LegalGround } from './document-facts';
export type { Appendix, BodyParagraph, DocumentHeader, OfficialDocument, SignatureBlock, TextRun } from './document-model';
export { DOCUMENT_KINDS, type DocumentKindInfo, MEDIA_TYPES } from './document-kinds';
export { composeDocument } from './compose-document';
export { renderPdf } from './render-pdf';
export { renderDocx } from './render-docx';
export { shortVietnameseDate, vietnameseDateLine } from './date-line';
