export type {
  CommendationFacts,
  CommitteeAdditionFacts,
  CommitteeFacts,
  ComplaintFacts,
  DenunciationFacts,
  DisciplineFacts,
  DocumentFacts,
  DocumentKind,
  DocumentTypeCode,
  FoundingSubject,
  IssuanceFacts,
  LegalGround,
  Submission,
} from './document-facts';
export { DOCUMENT_TYPE_NAMES } from './document-facts';
export type { Appendix, BodyParagraph, DocumentHeader, OfficialDocument, SignatureBlock, TextRun } from './document-model';
export { DOCUMENT_KINDS, type DocumentKindInfo, MEDIA_TYPES } from './document-kinds';
export { composeDocument } from './compose-document';
export { renderPdf } from './render-pdf';
export { renderDocx } from './render-docx';
export { shortVietnameseDate, vietnameseDateLine } from './date-line';
