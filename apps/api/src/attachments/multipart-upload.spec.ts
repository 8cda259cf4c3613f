import { MulterError } from 'multer';
import type { DomainError } from '@congdoan/domain';
import { formatBytes, toUploadError } from './multipart-upload';

const summary = (e: DomainError) => ({ kind: e.kind, problems: (e.details ?? []).map((p) => `${p.field}:${p.rule}`) });

describe('toUploadError: multer and busboy refusals as 4xx', () => {
  it('a file over the limit is a 413 naming the field and the limit', () => {
    const error = toUploadError(new MulterError('LIMIT_FILE_SIZE', 'file'), 20 * 1024 * 1024);
    expect(summary(error)).toEqual({ kind: 'payload_too_large', problems: ['file:maxSize'] });
    expect(error.message).toContain('20 MB');
    expect(error.messageEn).toContain('20971520 bytes');
  });

  it.each([
    ['a file in another field', new MulterError('LIMIT_UNEXPECTED_FILE', 'attachment'), ['attachment:singleFile']],
    ['a second file', new MulterError('LIMIT_FILE_COUNT'), ['file:singleFile']],
    ['a field value too long', new MulterError('LIMIT_FIELD_VALUE', 'note'), ['note:maxLength']],
    ['too many parts', new MulterError('LIMIT_PART_COUNT'), ['body:multipart']],
    ['a malformed body (busboy)', new Error('Unexpected end of form'), ['body:multipart']],
    ['no boundary', new Error('Multipart: Boundary not found'), ['body:multipart']],
  ])('%s is a 400', (_what, error, problems) => {
    expect(summary(toUploadError(error, 1024))).toEqual({ kind: 'validation', problems });
  });
});

describe('formatBytes', () => {
  it.each([
    [20 * 1024 * 1024, '20 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [64 * 1024, '64 KB'],
    [1000, '1000 B'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
