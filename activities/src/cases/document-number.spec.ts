import { documentYear, formatDocumentNumber } from './document-number';

describe('formatDocumentNumber', () => {
  it('writes numbers below 10 with a leading zero', () => {
    expect(formatDocumentNumber(1, 'QĐ', 'CĐVC')).toBe('01/QĐ-CĐVC');
    expect(formatDocumentNumber(5, 'QĐ', 'CĐVC')).toBe('05/QĐ-CĐVC');
    expect(formatDocumentNumber(9, 'TTr', 'LĐLĐ')).toBe('09/TTr-LĐLĐ');
  });

  it('writes 10 and above as they are', () => {
    expect(formatDocumentNumber(10, 'QĐ', 'CĐVC')).toBe('10/QĐ-CĐVC');
    expect(formatDocumentNumber(12, 'QĐ', 'CĐVC')).toBe('12/QĐ-CĐVC');
    expect(formatDocumentNumber(245, 'QĐ', 'LĐLĐ')).toBe('245/QĐ-LĐLĐ');
    expect(formatDocumentNumber(1200, 'BC', 'UBKT')).toBe('1200/BC-UBKT');
  });

  it('refuses a number that cannot be issued, and empty codes', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => formatDocumentNumber(bad, 'QĐ', 'CĐVC')).toThrow(RangeError);
    expect(() => formatDocumentNumber(1, ' ', 'CĐVC')).toThrow(RangeError);
    expect(() => formatDocumentNumber(1, 'QĐ', '')).toThrow(RangeError);
  });
});

describe('documentYear', () => {
  it('is the calendar year of the issue date, so 1 January starts a new series', () => {
    expect(documentYear('2026-12-31')).toBe(2026);
    expect(documentYear('2027-01-01')).toBe(2027);
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['2027-02-30', '2027-1-5', '05/01/2027', '']) expect(() => documentYear(bad)).toThrow(RangeError);
  });
});
