import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { type DomainError, type FieldProblem, PayloadTooLarge, ValidationFailed } from '@congdoan/domain';

/** One uploaded file, held in memory (at most the configured size), and the form's text fields. */
export interface MultipartUpload {
  file?: { buffer: Buffer; originalName: string };
  fields: Record<string, unknown>;
}

/** `20 MB`, `64 KB`: the limit as users read it (binary units, as file managers show sizes). */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} B`;
}

export const fileTooLarge = (maxBytes: number) =>
  new PayloadTooLarge(
    `Tệp vượt quá dung lượng tối đa ${formatBytes(maxBytes)}`,
    `The file exceeds the ${formatBytes(maxBytes)} limit (${maxBytes} bytes)`,
    [
      {
        field: 'file',
        rule: 'maxSize',
        message: `Trường 'file' vượt quá dung lượng tối đa ${formatBytes(maxBytes)}`,
        messageEn: `file must be at most ${maxBytes} bytes`,
      },
    ],
  );

const problem = (field: string, rule: string, message: string, messageEn: string): FieldProblem => ({ field, rule, message, messageEn });

/** Multer's and busboy's refusals as the API's errors: a clear 400 or 413 naming the field, never a 500. */
export function toUploadError(error: unknown, maxBytes: number): DomainError {
  if (error instanceof MulterError) {
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return fileTooLarge(maxBytes);
      case 'LIMIT_UNEXPECTED_FILE':
      case 'LIMIT_FILE_COUNT':
        return new ValidationFailed([
          problem(
            error.field ?? 'file',
            'singleFile',
            `Chỉ gửi một tệp, trong trường 'file' (không nhận tệp ở trường '${error.field ?? ''}' hoặc tệp thứ hai)`,
            `send exactly one file, in the 'file' field (got a file in '${error.field ?? ''}' or a second file)`,
          ),
        ]);
      case 'LIMIT_FIELD_VALUE':
        return new ValidationFailed([problem(error.field ?? 'body', 'maxLength', `Trường '${error.field}' quá dài`, `${error.field} is too long`)]);
      default:
        return new ValidationFailed([problem('body', 'multipart', `Biểu mẫu tải tệp không hợp lệ: ${error.message}`, `Invalid upload form: ${error.message}`)]);
    }
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ValidationFailed([
    problem('body', 'multipart', `Dữ liệu multipart/form-data không hợp lệ (${reason})`, `The multipart/form-data body is malformed (${reason})`),
  ]);
}

/**
 * Reads a multipart/form-data body with one file in the field `file`. The file stays in memory: its type is judged
 * from its bytes (a DOCX by the table of contents at its very end) before anything is written to the store, and the
 * size limit bounds the memory. A body that is not multipart yields no file (the caller says which field is missing).
 */
export function readMultipartUpload(req: Request, res: Response, maxBytes: number): Promise<MultipartUpload> {
  const parse = multer({
    storage: multer.memoryStorage(),
    // Browsers and curl send UTF-8 names; busboy's default (latin1) would turn `Tờ trình.pdf` into mojibake.
    defParamCharset: 'utf8',
    limits: { fileSize: maxBytes, files: 1, fields: 8, parts: 9, fieldNameSize: 100, fieldSize: 8 * 1024, headerPairs: 20 },
  }).single('file');
  return new Promise((resolve, reject) => {
    parse(req, res, (error: unknown) => {
      if (error) return reject(toUploadError(error, maxBytes));
      const file = req.file ? { buffer: req.file.buffer, originalName: req.file.originalname } : undefined;
      resolve({ file, fields: { ...(req.body as Record<string, unknown> | undefined) } });
    });
  });
}
