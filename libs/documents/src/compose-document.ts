import { parseIsoDate, vietnameseDateLine } from './date-line';
import { DOCUMENT_TYPE_NAMES, type DocumentFacts, type DocumentTypeCode } from './document-facts';
import type { OfficialDocument } from './document-model';
import { signatureBlock } from './signature-block';
import { TEMPLATES } from './templates';
import { upperVi } from './uppercase';

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
  const typeCode = typeCodeOf(facts, template.typeCode);
  checkNumber(facts, typeCode);
  const content = template.compose(facts);
  // a công văn has no tên loại on the paper; a kind of the document's own type words its tên loại
  const typeName = typeCode === 'CV' ? null : template.typeCode === 'theo-loai' ? content.typeName || DOCUMENT_TYPE_NAMES[typeCode] : DOCUMENT_TYPE_NAMES[typeCode];
  const { issuer } = facts;
  return {
    version: 1,
    kind: facts.kind,
    issuedOn: facts.issuedOn,
    meta: { title: `${typeName ?? DOCUMENT_TYPE_NAMES.CV} số ${facts.numberText}`, author: issuer.name, subject: content.summary },
    header: {
      parentName: issuer.parentName ? upperVi(issuer.parentName) : null,
      issuerName: upperVi(template.issuedByStandingCommittee ? `Ban Thường vụ ${issuer.name}` : issuer.name),
      numberLine: `Số: ${facts.numberText}`,
      nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDateLine: vietnameseDateLine(issuer.placeName, facts.issuedOn),
      ...(content.urgency ? { urgency: upperVi(content.urgency) } : {}),
    },
    heading: { typeName: typeName === null ? null : upperVi(typeName), summary: content.summary },
    body: content.body,
    signature: signatureBlock(facts.signer),
    recipients: { heading: 'Nơi nhận:', lines: content.recipients },
    appendix: content.appendix,
  };
}

/** The type code the number must carry: the kind's, or for a kind of the document's own type, that type. */
function typeCodeOf(facts: DocumentFacts, code: DocumentTypeCode | 'theo-loai'): DocumentTypeCode {
  if (code !== 'theo-loai') return code;
  const type = facts.issuance?.documentType;
  if (!type || !(type in DOCUMENT_TYPE_NAMES)) throw new RangeError(`${facts.kind} needs the document's type (issuance.documentType)`);
  return type;
}

/**
 * '05/QĐ-CĐVC' carries its type code. A công văn's number may carry none ('123/CĐVC-ToC', NĐ 30 Phụ lục III; a
 * union's configuration, domain §8 [U]), so it only has to start with its number.
 */
function checkNumber(facts: DocumentFacts, typeCode: DocumentTypeCode): void {
  const ok = typeCode === 'CV' ? /^\d+\/\S/.test(facts.numberText) : facts.numberText.includes(`/${typeCode}-`);
  if (!ok) throw new RangeError(`number ${facts.numberText} does not carry the type code ${typeCode} of ${facts.kind}`);
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
