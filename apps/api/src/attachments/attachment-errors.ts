import { Conflict, NotFound, UnsupportedMediaType } from '@congdoan/domain';
import { ACCEPTED_MEDIA_TYPES } from './media-sniffer';

const ACCEPTED = ACCEPTED_MEDIA_TYPES.map((t) => t.label).join(', ');

export const caseNotFound = (caseId: string) => new NotFound('hồ sơ', 'Case', caseId);

export const attachmentNotFound = (attachmentId: string) => new NotFound('tệp đính kèm', 'Attachment', attachmentId);

export const caseClosed = (caseCode: string) =>
  new Conflict(
    `Hồ sơ ${caseCode} đã kết thúc; không thể bổ sung tệp vào hồ sơ đã kết thúc`,
    `Case ${caseCode} is closed; files can no longer be added to it`,
    'CASE_CLOSED',
  );

export const unsupportedFileType = (fileName: string) =>
  new UnsupportedMediaType(
    `Tệp '${fileName}' không thuộc định dạng được chấp nhận: ${ACCEPTED} (định dạng được xác định theo nội dung tệp, không theo tên tệp)`,
    `File '${fileName}' is not of an accepted type: ${ACCEPTED} (judged by the file's content, not its name)`,
    [
      {
        field: 'file',
        rule: 'mediaType',
        message: `Trường 'file' phải là tệp ${ACCEPTED}`,
        messageEn: `file must be a ${ACCEPTED} file`,
      },
    ],
  );

export const idempotencyKeyReused = () =>
  new Conflict(
    'Idempotency-Key này đã được dùng cho một lần tải tệp khác; hãy dùng khóa mới cho tệp mới',
    'This Idempotency-Key was already used for a different upload; use a new key for a new file',
    'IDEMPOTENCY_KEY_REUSED',
  );
