/**
 * docx zips its parts with fflate, which stamps every entry with the current time and offers no option to set it.
 * Re-dating the entries in place (the MS-DOS date and time of each local and central header; no extra fields carry
 * times) makes the archive byte-identical for the same document. Checksums cover the contents only, so they stay valid.
 */
export function setZipEntryDates(zip: Buffer, { year, month, day }: { year: number; month: number; day: number }): Buffer {
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;
  const end = zip.lastIndexOf(END_OF_CENTRAL_DIRECTORY);
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const entries = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(entry) !== CENTRAL_HEADER) throw new Error('zip central directory is malformed');
    zip.writeUInt16LE(0, entry + 12); // time 00:00:00
    zip.writeUInt16LE(dosDate, entry + 14);
    const local = zip.readUInt32LE(entry + 42);
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    entry += 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  }
  return zip;
}

const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL_HEADER = 0x02014b50;
