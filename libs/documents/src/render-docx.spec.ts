import JSZip from 'jszip';
import { composeDocument } from './compose-document';
import type { DocumentKind } from './document-facts';
import { renderDocx } from './render-docx';
import { EXPECTED_TEXTS, SAMPLE_FACTS } from './testing/sample-facts';

const KINDS = Object.keys(SAMPLE_FACTS) as DocumentKind[];
/** another wall-clock time; only Date is faked, so streams, promises and timers run as usual */
const ANOTHER_CLOCK: Parameters<typeof jest.useFakeTimers>[0] = {
  now: new Date('2031-07-15T10:20:30Z'),
  doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval', 'hrtime', 'performance'],
};

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph of word/document.xml: its runs joined (XML splits a paragraph into runs), breaks as newlines. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([tag, text]) => (tag === '<w:br/>' ? '\n' : unescapeXml(text))).join(''),
  );
}

async function parts(docx: Buffer, ...names: string[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  return Promise.all(names.map((name) => zip.file(name)?.async('string') ?? Promise.reject(new Error(`${name} missing`))));
}

describe('renderDocx', () => {
  const docxs = new Map<DocumentKind, Buffer>();

  beforeAll(async () => {
    for (const kind of KINDS) docxs.set(kind, await renderDocx(composeDocument(SAMPLE_FACTS[kind])));
  });
  const docx = (kind: DocumentKind) => docxs.get(kind) ?? Buffer.alloc(0);

  it.each(KINDS)('%s: shows header, body, signature and list with diacritics intact', async (kind) => {
    const [xml] = await parts(docx(kind), 'word/document.xml');
    const text = paragraphTexts(xml).join('\n');
    for (const expected of EXPECTED_TEXTS[kind]) expect(text).toContain(expected);
  });

  it('keeps whole paragraphs and the signature lines as the model has them', async () => {
    const [xml] = await parts(docx('qd-cong-nhan-cdcs'), 'word/document.xml');
    const paragraphs = paragraphTexts(xml);
    expect(paragraphs).toContain(
      'Điều 1. Công nhận 25 đoàn viên công đoàn và Công đoàn cơ sở Công ty TNHH May Gia Lai, trực thuộc Công đoàn Viên chức tỉnh Gia Lai.',
    );
    expect(paragraphs).toContain('TM. BAN THƯỜNG VỤ\nCHỦ TỊCH');
    expect(paragraphs).toContain('Nguyễn Văn Hùng');
    expect(paragraphs).toContain('BAN THƯỜNG VỤ\nCÔNG ĐOÀN VIÊN CHỨC\nTỈNH GIA LAI');
  });

  it('keeps the last body paragraph with the signature (never a signature alone on a page)', async () => {
    const [xml] = await parts(docx('qd-gia-han-giai-quyet-to-cao'), 'word/document.xml');
    const kept = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:keepNext\/>[\s\S]*?<\/w:p>/g)].map(([p]) => paragraphTexts(p).join(''));
    expect(kept).toEqual([expect.stringMatching(/^Điều 3\. Quyết định có hiệu lực kể từ ngày ký\./)]);
  });

  it('is an A4 page with the NĐ 30 margins, Times New Roman, page numbers from page 2', async () => {
    const [xml, styles, header] = await parts(docx('qd-cong-nhan-cdcs'), 'word/document.xml', 'word/styles.xml', 'word/header1.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // twips: 20 mm = 1134, 15 mm = 850, 30 mm = 1701
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toContain('<w:headerReference w:type="first"');
    expect(header).toContain('PAGE');
    expect(styles).toContain('<w:rFonts w:ascii="Times New Roman"');
  });

  it('dates the core properties and every zip entry at the issue date', async () => {
    const zip = await JSZip.loadAsync(docx('tb-bo-sung-ho-so'));
    const [core] = await parts(docx('tb-bo-sung-ho-so'), 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-04T17:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-04T17:00:00Z</dcterms:modified>');
    // jszip reads the zip's MS-DOS date and time as UTC
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2026-02-05T00:00:00.000Z');
  });

  it('gives the same bytes (the whole archive, so word/document.xml too) whatever the clock says', async () => {
    const doc = JSON.parse(JSON.stringify(composeDocument(SAMPLE_FACTS['qd-cong-nhan-cdcs'])));
    jest.useFakeTimers(ANOTHER_CLOCK);
    let later: Buffer;
    try {
      later = await renderDocx(doc);
    } finally {
      jest.useRealTimers();
    }
    const [before] = await parts(docx('qd-cong-nhan-cdcs'), 'word/document.xml');
    const [after] = await parts(later, 'word/document.xml');
    expect(after).toBe(before);
    expect(later.equals(docx('qd-cong-nhan-cdcs'))).toBe(true);
  });
});
