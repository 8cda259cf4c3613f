/**
 * The client's file name is metadata only: shown on the case page and offered back on download. It never names the
 * stored file, so these rules are about showing and saving it safely, not about the disk.
 */
export const MAX_FILE_NAME_LENGTH = 200;
export const FALLBACK_FILE_NAME = 'tep-dinh-kem';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Right-to-left overrides and friends: they make `gpj.exe` look like `exe.jpg` in a file list.
const BIDI_CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters Windows refuses in a file name: the downloaded copy must be savable as offered.
const WINDOWS_RESERVED = /[<>:"|?*]/g;
// Half of a UTF-16 pair cannot be encoded (encodeURIComponent throws on it).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MAX_EXTENSION = 10;

/** `../../etc/passwd.pdf` → `passwd.pdf`; control characters dropped; at most 200 characters, keeping the extension. */
export function sanitiseFileName(raw: string | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '')
    .replace(BIDI_CONTROL, '')
    .replace(WINDOWS_RESERVED, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned ? capLength(cleaned) : FALLBACK_FILE_NAME;
}

function capLength(name: string): string {
  const chars = [...name]; // code points, so a Vietnamese letter or an emoji is never cut in half
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && [...name.slice(dot)].length <= MAX_EXTENSION ? name.slice(dot) : '';
  return chars.slice(0, MAX_FILE_NAME_LENGTH - [...extension].length).join('').trimEnd() + extension;
}

/**
 * `Content-Disposition: attachment` with the name twice (RFC 6266): `filename*` in UTF-8 (RFC 5987) for every
 * browser of this decade, and an ASCII `filename` without diacritics for the rest.
 */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** `Tờ trình số 1.pdf` → `To trinh so 1.pdf`; anything else outside printable ASCII, `"` and `\` → `_`. */
export function asciiFallback(fileName: string): string {
  return fileName
    .replace(/[đĐ]/g, (ch) => (ch === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** Percent-encoding of RFC 5987 `attr-char`: encodeURIComponent leaves `'()*` alone, which that grammar does not allow. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}
