import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeDocument } from './compose-document';
import type { DenunciationFacts, DocumentFacts, DocumentKind } from './document-facts';
import { DOCUMENT_KINDS } from './document-kinds';
import { renderPdf } from './render-pdf';
import { SAMPLE_FACTS } from './testing/sample-facts';

/**
 * Luật Tố cáo Art. 8(3), 40(3) (domain §9): only the four notices addressed to the denouncer may name them. Every
 * kind is composed with a distinctive denouncer in its facts, then the stored model (JSON) and the PDF's text are
 * searched for their name, the rarest part of it and their address.
 */
const SECRET = { fullName: 'Hà Ngọc Xuyến Chi', address: 'Số 7 ngõ Khuất Lấp, phường Hoàn Kiếm, Hà Nội' };
const NEEDLES = [SECRET.fullName, 'Xuyến', 'Khuất Lấp'];
const TO_DENOUNCER: DocumentKind[] = ['tb-thu-ly-to-cao', 'tb-khong-thu-ly-to-cao', 'tb-chuyen-don-to-cao', 'tb-ket-qua-giai-quyet-to-cao'];
const KINDS = Object.keys(SAMPLE_FACTS) as DocumentKind[];
const OTHERS = KINDS.filter((kind) => !TO_DENOUNCER.includes(kind));
/** a denunciation for the kinds whose samples have none (founding, complaints): they must ignore it too */
const ANY_DENUNCIATION = SAMPLE_FACTS['tb-ket-qua-giai-quyet-to-cao'].denunciation as DenunciationFacts;

const withSecretDenouncer = (kind: DocumentKind): DocumentFacts => {
  const facts = SAMPLE_FACTS[kind];
  return { ...facts, denunciation: { ...(facts.denunciation ?? ANY_DENUNCIATION), denouncer: SECRET } };
};

let dir: string;
const json = new Map<DocumentKind, string>();
const pdfText = new Map<DocumentKind, string>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'documents-denouncer-'));
  for (const kind of KINDS) {
    const doc = composeDocument(withSecretDenouncer(kind));
    json.set(kind, JSON.stringify(doc));
    const file = path.join(dir, `${kind}.pdf`);
    writeFileSync(file, await renderPdf(doc));
    // poppler-utils, as render-pdf.spec.ts; white space collapsed so a name broken over two lines is still found
    pdfText.set(kind, execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' '));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the denouncer’s identity', () => {
  it('is named only by the kinds DOCUMENT_KINDS marks as identifying them', () => {
    expect(KINDS.filter((kind) => DOCUMENT_KINDS[kind].identifiesDenouncer).sort()).toEqual([...TO_DENOUNCER].sort());
  });

  it.each(OTHERS)('%s: never in the model nor in the PDF', (kind) => {
    for (const needle of NEEDLES) {
      expect(json.get(kind)).not.toContain(needle);
      expect(pdfText.get(kind)).not.toContain(needle);
    }
    expect(pdfText.get(kind)).toContain('Nơi nhận:'); // the text was read
  });

  it.each(TO_DENOUNCER)('%s: addressed to the denouncer, names them and their address', (kind) => {
    for (const needle of NEEDLES) {
      expect(json.get(kind)).toContain(needle);
      expect(pdfText.get(kind)).toContain(needle);
    }
  });

  it('is withheld before the template runs, whatever a template would read', () => {
    const facts = withSecretDenouncer('kl-noi-dung-to-cao');
    const doc = composeDocument(facts);
    expect(JSON.stringify(doc)).not.toContain('Xuyến');
    expect(facts.denunciation?.denouncer).toEqual(SECRET); // the caller's facts are left as they were
  });
});
