import { crc32 } from 'node:zlib';
import { DOCX, JPEG, PDF, PNG, TIFF, sniffDossierMediaType, withMatchingExtension } from './media-sniffer';
import { zipEntryNames } from './zip-entry-names';

/** A real (stored, uncompressed) ZIP archive, as Word and every zip tool can read it. */
function zip(entries: Record<string, string>, comment = ''): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([...locals, directory, end, Buffer.from(comment)]);
}

const WORD_PARTS = {
  '[Content_Types].xml': '<Types/>',
  '_rels/.rels': '<Relationships/>',
  'word/document.xml': '<w:document/>',
};
const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => Buffer.from(s, 'latin1');

describe('sniffDossierMediaType: accepted types by their magic bytes', () => {
  it.each([
    ['PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), PDF],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52), PNG],
    ['JPEG (JFIF)', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46), JPEG],
    ['JPEG (EXIF, from a phone)', bytes(0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34), JPEG],
    ['TIFF little-endian (II*\\0)', bytes(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0), TIFF],
    ['TIFF big-endian (MM\\0*)', bytes(0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8), TIFF],
    ['DOCX', zip(WORD_PARTS), DOCX],
    ['DOCX with an archive comment', zip(WORD_PARTS, 'made by a scanner'), DOCX],
  ])('%s', (_name, input, expected) => {
    expect(sniffDossierMediaType(input)).toBe(expected);
  });

  it('trusts the bytes, not a name: a PDF header anywhere but the start is not a PDF', () => {
    expect(sniffDossierMediaType(text(' %PDF-1.7'))).toBeNull();
  });
});

describe('sniffDossierMediaType: everything else is refused', () => {
  it.each([
    ['an empty file', bytes()],
    ['a Windows executable (MZ)', text('MZ\x90\x00\x03\x00\x00\x00\x04\x00')],
    ['an ELF binary', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1)],
    ['plain text', text('Tờ trình đề nghị công nhận')],
    ['HTML', text('<!doctype html><script>alert(1)</script>')],
    ['a GIF', text('GIF89a\x01\x00\x01\x00')],
    ['BigTIFF (II+\\0)', bytes(0x49, 0x49, 0x2b, 0x00, 8, 0)],
  ])('%s', (_name, input) => {
    expect(sniffDossierMediaType(input)).toBeNull();
  });

  it.each([
    ['%PD (PDF cut short)', text('%PD')],
    ['%PDF without the dash', text('%PDF')],
    ['7 of the 8 PNG signature bytes', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a)],
    ['FF D8 (JPEG cut short)', bytes(0xff, 0xd8)],
    ['II* (TIFF cut short)', bytes(0x49, 0x49, 0x2a)],
    ['PK\\3\\4 alone', bytes(0x50, 0x4b, 0x03, 0x04)],
  ])('truncated: %s', (_name, input) => {
    expect(sniffDossierMediaType(input)).toBeNull();
  });

  it('a generic zip (no word/document.xml) is not a DOCX', () => {
    expect(sniffDossierMediaType(zip({ 'readme.txt': 'hello', 'photos/a.jpg': 'x' }))).toBeNull();
  });

  it('a spreadsheet (XLSX) is not a DOCX', () => {
    expect(sniffDossierMediaType(zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))).toBeNull();
  });

  it('word/document.xml inside a file, not in the archive’s table of contents, does not count', () => {
    expect(sniffDossierMediaType(zip({ 'notes.txt': 'see word/document.xml' }))).toBeNull();
  });

  it('a macro-enabled document (DOCM) is refused', () => {
    expect(sniffDossierMediaType(zip({ ...WORD_PARTS, 'word/vbaProject.bin': 'macro' }))).toBeNull();
  });

  it('a DOCX cut off before its table of contents is refused', () => {
    const whole = zip(WORD_PARTS);
    expect(sniffDossierMediaType(whole.subarray(0, whole.length - 30))).toBeNull();
    expect(sniffDossierMediaType(whole.subarray(0, 40))).toBeNull();
  });

  it('PK\\3\\4 followed by a PDF is neither a DOCX nor a PDF', () => {
    expect(sniffDossierMediaType(Buffer.concat([text('PK\x03\x04'), text('%PDF-1.7')]))).toBeNull();
  });
});

describe('zipEntryNames: the central directory, bounds-checked', () => {
  it('lists the entries in order', () => {
    expect(zipEntryNames(zip({ 'a.txt': '1', 'word/document.xml': '2' }))).toEqual(['a.txt', 'word/document.xml']);
  });

  it('gives null for a directory that points outside the file', () => {
    const broken = zip(WORD_PARTS);
    broken.writeUInt32LE(0x7fffffff, broken.length - 6); // the directory's offset
    expect(zipEntryNames(broken)).toBeNull();
  });

  it('gives null when the entry count claims more headers than the directory holds', () => {
    const lying = zip({ 'a.txt': '1' });
    lying.writeUInt16LE(500, lying.length - 12);
    expect(zipEntryNames(lying)).toBeNull();
  });

  it('gives null for no end record at all', () => {
    expect(zipEntryNames(text('PK\x03\x04 and nothing else'))).toBeNull();
  });
});

describe('withMatchingExtension', () => {
  it('keeps a name whose extension matches the content, in any case', () => {
    expect(withMatchingExtension('Tờ trình.PDF', PDF)).toBe('Tờ trình.PDF');
    expect(withMatchingExtension('biên bản.jpeg', JPEG)).toBe('biên bản.jpeg');
  });

  it('adds the right extension when the name says something else, or nothing', () => {
    expect(withMatchingExtension('scan.pdf', PNG)).toBe('scan.pdf.png');
    expect(withMatchingExtension('danh sách', DOCX)).toBe('danh sách.docx');
  });
});
