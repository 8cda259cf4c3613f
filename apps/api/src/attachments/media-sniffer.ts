import { zipEntryNames } from './zip-entry-names';

/**
 * What a dossier file really is, from its first bytes (magic numbers), never from its name or the client's
 * Content-Type: a renamed executable stays refused, a scan saved as `.pdf` is still stored as the image it is.
 */
export interface DossierMediaType {
  mediaType: string;
  /** what users call it, in the messages that list the accepted types */
  label: string;
  /** the file-name extensions it goes by, the usual one first */
  extensions: readonly string[];
}

export const PDF: DossierMediaType = { mediaType: 'application/pdf', label: 'PDF', extensions: ['pdf'] };
export const PNG: DossierMediaType = { mediaType: 'image/png', label: 'PNG', extensions: ['png'] };
export const JPEG: DossierMediaType = { mediaType: 'image/jpeg', label: 'JPEG', extensions: ['jpg', 'jpeg'] };
export const TIFF: DossierMediaType = { mediaType: 'image/tiff', label: 'TIFF', extensions: ['tif', 'tiff'] };
export const DOCX: DossierMediaType = { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX', extensions: ['docx'] };

/** `scan.pdf` that is really a PNG → `scan.pdf.png`, so the downloaded copy opens in the right program. */
export function withMatchingExtension(fileName: string, type: DossierMediaType): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  return type.extensions.includes(extension) ? fileName : `${fileName}.${type.extensions[0]}`;
}

export const ACCEPTED_MEDIA_TYPES: readonly DossierMediaType[] = [PDF, PNG, JPEG, TIFF, DOCX];

const SIGNATURES: readonly { type: DossierMediaType; magic: readonly number[] }[] = [
  { type: PDF, magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: PNG, magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: JPEG, magic: [0xff, 0xd8, 0xff] },
  { type: TIFF, magic: [0x49, 0x49, 0x2a, 0x00] }, // II*\0, little-endian
  { type: TIFF, magic: [0x4d, 0x4d, 0x00, 0x2a] }, // MM\0*, big-endian
];

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The accepted type of these bytes, or null when they are none of PDF, PNG, JPEG, TIFF or DOCX. */
export function sniffDossierMediaType(bytes: Uint8Array): DossierMediaType | null {
  const match = SIGNATURES.find((s) => startsWith(bytes, s.magic));
  if (match) return match.type;
  if (startsWith(bytes, ZIP_LOCAL_HEADER) && isWordDocument(bytes)) return DOCX;
  return null;
}

/**
 * A ZIP is a DOCX when its table of contents holds the main document part. Any other ZIP (an archive, a spreadsheet)
 * is refused, and so is a macro-enabled document (DOCM keeps its macros in `word/vbaProject.bin`).
 */
function isWordDocument(bytes: Uint8Array): boolean {
  const names = zipEntryNames(bytes);
  if (!names) return false;
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return names.includes('word/document.xml') && !lower.has('word/vbaproject.bin');
}
