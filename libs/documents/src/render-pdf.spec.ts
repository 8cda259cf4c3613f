import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { composeDocument } from './compose-document';
import type { DocumentKind } from './document-facts';
import { renderPdf } from './render-pdf';
import { EXPECTED_TEXTS, SAMPLE_FACTS } from './testing/sample-facts';

// Reads the PDFs back with poppler-utils (pdftotext, pdffonts, pdftoppm), as scripts/ensure-system-packages.sh installs.
const KINDS = Object.keys(SAMPLE_FACTS) as DocumentKind[];
/** page 1 of these kinds is compared with test/documents/reference/{kind}-page1.png */
const REFERENCE_KINDS: DocumentKind[] = ['qd-cong-nhan-cdcs', 'qd-giai-quyet-khieu-nai-lan-dau'];
const reference = (kind: DocumentKind) => path.resolve(__dirname, `../../../test/documents/reference/${kind}-page1.png`);
/**
 * Share of page-1 pixels (at 60 dpi, about 350,000) allowed to differ from the reference: 0.5 %, about 1,700 pixels.
 * Rasteriser differences between poppler versions stay well below it, while a moved or rewrapped line (a few thousand
 * pixels) goes above; the text itself is checked by the pdftotext assertions.
 */
const MAX_DIFFERENT_SHARE = 0.005;
/** another wall-clock time; only Date is faked, so streams, promises and timers run as usual */
const ANOTHER_CLOCK: Parameters<typeof jest.useFakeTimers>[0] = {
  now: new Date('2031-07-15T10:20:30Z'),
  doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'setInterval', 'hrtime', 'performance'],
};

let dir: string;
const pdfs = new Map<DocumentKind, Buffer>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'documents-pdf-'));
  for (const kind of KINDS) {
    const pdf = await renderPdf(composeDocument(SAMPLE_FACTS[kind]));
    writeFileSync(path.join(dir, `${kind}.pdf`), pdf);
    pdfs.set(kind, pdf);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (kind: DocumentKind) => path.join(dir, `${kind}.pdf`);
const poppler = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8' });
const pdfPages = (kind: DocumentKind) => poppler('pdftotext', '-layout', file(kind), '-').normalize('NFC').split('\f');
/** the text with every run of white space (justified lines, columns, line ends) as one space, to find phrases as written */
const pdfText = (kind: DocumentKind) => pdfPages(kind).join(' ').replace(/\s+/g, ' ');

describe('renderPdf', () => {
  it.each(KINDS)('%s: shows header, body, signature and list with diacritics intact', (kind) => {
    const text = pdfText(kind);
    for (const expected of EXPECTED_TEXTS[kind]) expect(text).toContain(expected);
  });

  it('numbers pages from page 2 only, the appendix on a page of its own', () => {
    const pages = pdfPages('qd-cong-nhan-cdcs');
    expect(pages[0]).not.toMatch(/^\s*1\s*$/m);
    expect(pages[0]).not.toContain('DANH SÁCH');
    expect(pages[1]).toMatch(/^\s*2\s*$/m);
    expect(pages[1]).toContain('DANH SÁCH');
  });

  it('draws every article head ("Điều n.") bold, also at the top of a new page', () => {
    // pdftohtml (poppler-utils) marks text drawn in a bold face with <b>
    for (const kind of KINDS) {
      const xml = poppler('pdftohtml', '-xml', '-stdout', '-i', file(kind));
      const heads = [...xml.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map(([, text]) => text).filter((text) => /^(<b>)?Điều \d+\. /.test(text));
      for (const head of heads) expect(`${kind}: ${head}`).toMatch(/: <b>Điều \d+\. <\/b>$/);
    }
  });

  it.each(KINDS)('%s: never leaves the signature alone on a page, the last paragraph goes with it', (kind) => {
    const page = pdfPages(kind).find((text) => text.includes('Nơi nhận:')) ?? '';
    const above = page.slice(0, page.indexOf('Nơi nhận:')).replace(/^\s*\d+\s*$/m, ''); // without the page number
    expect(above.trim()).not.toBe('');
  });

  it('embeds the four Liberation Serif faces and no other font', () => {
    const rows = poppler('pdffonts', file('qd-cong-nhan-cdcs')).trim().split('\n').slice(2);
    expect(rows.map((row) => row.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'LiberationSerif',
      'LiberationSerif-Bold',
      'LiberationSerif-BoldItalic',
      'LiberationSerif-Italic',
    ]);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/); // emb, sub, uni
  });

  it('is A4, titled, and dated at the issue date', () => {
    const info = poppler('pdfinfo', file('qd-cong-nhan-cdcs'));
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toContain('Title:           Quyết định số 05/QĐ-CĐVC');
    expect(poppler('pdfinfo', '-isodates', file('qd-cong-nhan-cdcs'))).toMatch(/CreationDate:\s+2026-02-04T17:00:00Z/);
  });

  it('gives the same bytes for the same model, whatever the clock says and after a JSON round trip', async () => {
    const doc = JSON.parse(JSON.stringify(composeDocument(SAMPLE_FACTS['qd-cong-nhan-cdcs'])));
    jest.useFakeTimers(ANOTHER_CLOCK);
    try {
      expect((await renderPdf(doc)).equals(pdfs.get('qd-cong-nhan-cdcs') ?? Buffer.alloc(0))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it.each(REFERENCE_KINDS)('%s: draws page 1 like the reference image (UPDATE_REFERENCE=1 rewrites it)', (kind) => {
    const out = path.join(dir, `${kind}-page1`);
    const REFERENCE = reference(kind);
    poppler('pdftoppm', '-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file(kind), out);
    const actualBytes = readFileSync(`${out}.png`);
    if (process.env.UPDATE_REFERENCE === '1') {
      mkdirSync(path.dirname(REFERENCE), { recursive: true });
      writeFileSync(REFERENCE, actualBytes);
      return;
    }
    if (!existsSync(REFERENCE)) throw new Error(`no reference image at ${REFERENCE}; run with UPDATE_REFERENCE=1 and look at it`);
    const [actual, expected] = [PNG.sync.read(actualBytes), PNG.sync.read(readFileSync(REFERENCE))];
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const different = pixelmatch(actual.data, expected.data, null, actual.width, actual.height, { threshold: 0.1 });
    expect(different / (actual.width * actual.height)).toBeLessThanOrEqual(MAX_DIFFERENT_SHARE);
  });
});
