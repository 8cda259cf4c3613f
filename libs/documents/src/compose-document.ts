import { parseIsoDate, vietnameseDateLine } from './date-line';
import type { DocumentFacts } from './document-facts';
import type { OfficialDocument } from './document-model';
import { signatureBlock } from './signature-block';
import { TEMPLATES } from './templates';
import { upperVi } from './uppercase';

const TYPE_NAMES = { QĐ: 'Quyết định', TB: 'Thông báo', KL: 'Kết luận' } as const;

/**
 * Words a document from the facts of the moment it is issued: the frame every kind shares (header, tên loại,
 * signature, nơi nhận) here, the rest from the kind's template. The result is plain JSON, stored and rendered later.
 * Facts no template can word (an unknown kind, a bad date, a number of another type) are a RangeError.
 */
export function composeDocument(input: DocumentFacts): OfficialDocument {
  const template = TEMPLATES[input.kind];
  if (!template) throw new RangeError(`unknown document kind: ${JSON.stringify(input.kind)}`);
  // One Unicode form, so text from forms (often decomposed) draws and searches like the templates' own; and the
  // denouncer's identity withheld from every kind not addressed to them (Luật Tố cáo Art. 8(3), 40(3)).
  const facts = nfc(template.identifiesDenouncer ? input : withoutDenouncer(input));
  parseIsoDate(facts.issuedOn);
  parseIsoDate(facts.receivedAt);
  if (!facts.numberText.includes(`/${template.typeCode}-`)) {
    throw new RangeError(`number ${facts.numberText} does not carry the type code ${template.typeCode} of ${facts.kind}`);
  }
  const content = template.compose(facts);
  const typeName = TYPE_NAMES[template.typeCode];
  const { issuer } = facts;
  return {
    version: 1,
    kind: facts.kind,
    issuedOn: facts.issuedOn,
    meta: { title: `${typeName} số ${facts.numberText}`, author: issuer.name, subject: content.summary },
    header: {
      parentName: issuer.parentName ? upperVi(issuer.parentName) : null,
      issuerName: upperVi(template.issuedByStandingCommittee ? `Ban Thường vụ ${issuer.name}` : issuer.name),
      numberLine: `Số: ${facts.numberText}`,
      nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDateLine: vietnameseDateLine(issuer.placeName, facts.issuedOn),
    },
    heading: { typeName: upperVi(typeName), summary: content.summary },
    body: content.body,
    signature: signatureBlock(facts.signer),
    recipients: { heading: 'Nơi nhận:', lines: content.recipients },
    appendix: content.appendix,
  };
}

function withoutDenouncer(facts: DocumentFacts): DocumentFacts {
  if (!facts.denunciation?.denouncer) return facts;
  const { denouncer: _withheld, ...denunciation } = facts.denunciation;
  return { ...facts, denunciation };
}

function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  return value;
}
