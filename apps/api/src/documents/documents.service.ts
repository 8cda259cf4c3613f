import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MEDIA_TYPES, type OfficialDocument, renderDocx, renderPdf } from '@congdoan/documents';
import { Conflict, NotFound, vietnamDate } from '@congdoan/domain';
import { type DocumentRecord, DocumentsRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { IdentityShield, documentIdentifiesDenouncer } from '../complaints/identity-shield.service';
import type { DocumentFormat } from './documents.dto';

/** The register's entry without its content, and the formats it can be downloaded in. */
export type DocumentView = Omit<DocumentRecord, 'content'> & { formats: DocumentFormat[] };

export interface DocumentFile {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

/** Issued documents, seen only by those who may see their case; files rendered from the content frozen at issue. */
@Injectable()
export class DocumentsService {
  private readonly documents: DocumentsRepository;

  constructor(
    db: DataSource,
    private readonly shield: IdentityShield,
  ) {
    this.documents = new DocumentsRepository(db);
  }

  async describe(documentId: string, user: AuthenticatedUser): Promise<DocumentView> {
    const { content, ...meta } = await this.find(documentId, user);
    return { ...meta, formats: content ? ['pdf', 'docx'] : [] };
  }

  async file(documentId: string, format: DocumentFormat, user: AuthenticatedUser): Promise<DocumentFile> {
    const doc = await this.find(documentId, user);
    // A notice addressed to a denouncer names them: only those who may know who they are open it (and it is audited).
    if (doc.caseId && documentIdentifiesDenouncer(doc.kind)) await this.shield.openProtected(doc.caseId, user.id, vietnamDate(new Date()), 'document', doc.id);
    if (!doc.content) {
      throw new Conflict(
        `Văn bản số ${doc.number} được vào sổ trước khi hệ thống lưu nội dung văn bản, nên không có bản ${format.toUpperCase()}`,
        `document ${doc.number} was registered before documents kept their content: no ${format} exists`,
        'DOCUMENT_HAS_NO_CONTENT',
      );
    }
    const model = doc.content as OfficialDocument;
    const bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
    return { bytes, mediaType: MEDIA_TYPES[format], fileName: `${doc.number.replace(/\//g, '_')}.${format}` };
  }

  private async find(documentId: string, user: AuthenticatedUser): Promise<DocumentRecord> {
    const doc = await this.documents.findVisible(documentId, user.id, vietnamDate(new Date()));
    if (!doc) throw new NotFound('văn bản', 'Document', documentId);
    return doc;
  }
}
