/**
 * Số và ký hiệu of an issued document (NĐ 30/2020 Art. 15(1), Phụ lục III): `{n}/{TYPE}-{ISSUER}`, e.g. `05/QĐ-CĐVC`.
 * Numbers run per issuing body, type and year from 01 on 1 January; those below 10 are written with a leading zero.
 */
export function formatDocumentNumber(number: number, typeCode: string, issuerCode: string): string {
  if (!Number.isSafeInteger(number) || number < 1) throw new RangeError(`a document number is a whole number from 1, not ${number}`);
  const type = typeCode.trim();
  const issuer = issuerCode.trim();
  if (!type || !issuer) throw new RangeError('a document number needs a type code and an issuer code');
  return `${String(number).padStart(2, '0')}/${type}-${issuer}`;
}

/** The numbering year of a document: the calendar year of its issue date (YYYY-MM-DD, Vietnam time). */
export function documentYear(issuedOn: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(issuedOn);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== issuedOn) throw new RangeError(`'${issuedOn}' is not a calendar date (YYYY-MM-DD)`);
  return Number(match[1]);
}
