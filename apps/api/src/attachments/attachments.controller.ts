import { Controller, Get, Logger, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { IdempotencyKey } from '../cases/idempotency-key.decorator';
import { uuidParam } from '../common/uuid-param.pipe';
import type { AttachmentView } from './attachment-view';
import { AttachmentsService } from './attachments.service';
import { attachmentDisposition } from './file-name';
import { ACCEPTED_MEDIA_TYPES } from './media-sniffer';
import { readMultipartUpload } from './multipart-upload';
import { MAX_NOTE_LENGTH } from './upload-form';

const ACCEPTED = ACCEPTED_MEDIA_TYPES.map((t) => t.label).join(', ');

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('cases/:id/attachments')
export class AttachmentsController {
  private readonly logger = new Logger('AttachmentsController');

  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @ApiOperation({ summary: `Nộp tệp hồ sơ / attach a dossier file (${ACCEPTED}, judged by content) to an item of the procedure’s checklist` })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'dossierItem'],
      properties: {
        file: { type: 'string', format: 'binary', description: `${ACCEPTED}; at most ATTACHMENT_MAX_BYTES (20 MB by default)` },
        dossierItem: { type: 'string', example: 'to-trinh', description: 'the key of an item of the procedure’s dossier (GET /api/cases/:id → dossier[])' },
        note: { type: 'string', maxLength: MAX_NOTE_LENGTH },
      },
    },
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key and file give the same attachment, once' })
  @ApiResponse({ status: 201, description: 'the attachment (metadata)' })
  @ApiResponse({ status: 400, description: 'file missing, dossierItem missing or not an item of the dossier (details list the allowed keys)' })
  @ApiResponse({ status: 404, description: 'unknown case, or not visible to this user' })
  @ApiResponse({ status: 409, description: 'CASE_CLOSED: the case is closed; IDEMPOTENCY_KEY_REUSED' })
  @ApiResponse({ status: 413, description: 'the file is larger than allowed' })
  @ApiResponse({ status: 415, description: `the content is not ${ACCEPTED}` })
  upload(
    @Param('id', uuidParam('id')) caseId: string,
    @CurrentUser() user: AuthenticatedUser,
    @IdempotencyKey() key: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AttachmentView> {
    return this.attachments.upload(caseId, user, (maxBytes) => readMultipartUpload(req, res, maxBytes), key);
  }

  @Get()
  @ApiOperation({ summary: 'Tệp hồ sơ / the case’s dossier files (metadata), oldest first' })
  @ApiResponse({ status: 404, description: 'unknown case, or not visible to this user' })
  list(@Param('id', uuidParam('id')) caseId: string, @CurrentUser() user: AuthenticatedUser): Promise<{ items: AttachmentView[] }> {
    return this.attachments.list(caseId, user);
  }

  @Get(':aid')
  @ApiOperation({ summary: 'Tải tệp hồ sơ / download a dossier file as uploaded (X-Content-SHA256 carries its hash); recorded on the timeline' })
  @ApiProduces(...ACCEPTED_MEDIA_TYPES.map((t) => t.mediaType))
  @ApiResponse({ status: 200, description: 'the file, with its detected content type and original name (Content-Disposition)' })
  @ApiResponse({ status: 404, description: 'unknown case or attachment, or not visible to this user' })
  async download(
    @Param('id', uuidParam('id')) caseId: string,
    @Param('aid', uuidParam('aid')) attachmentId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { attachment, content } = await this.attachments.download(caseId, attachmentId, user);
    res.setHeader('X-Content-SHA256', attachment.sha256);
    // The stored type is the detected one; a browser must not second-guess it (nor cache someone's dossier).
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(content, { type: attachment.mediaType, length: attachment.size, disposition: attachmentDisposition(attachment.fileName) }).setErrorHandler(
      (error, response) => {
        // Headers (and a Content-Length) are out: cut the connection so the client sees a short download, not a whole one.
        this.logger.error({ err: error, attachmentId }, 'reading a stored attachment failed mid-download');
        response.destroy?.(error);
      },
    );
  }
}
