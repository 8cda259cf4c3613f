import { THANH_LAP_CDCS, ValidationFailed } from '@congdoan/domain';
import { MAX_NOTE_LENGTH, checkUploadForm } from './upload-form';

const file = { buffer: Buffer.from('%PDF-1.7'), originalName: 'to-trinh.pdf' };
const problemsOf = (fields: Record<string, unknown>, withFile = true): string[] => {
  try {
    checkUploadForm({ file: withFile ? file : undefined, fields }, THANH_LAP_CDCS);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return (error.details ?? []).map((p) => `${p.field}:${p.rule}`);
  }
};

describe('checkUploadForm', () => {
  it('accepts a file for an item of the dossier, with a trimmed note (blank → null)', () => {
    expect(checkUploadForm({ file, fields: { dossierItem: 'to-trinh', note: '  bản chính  ' } }, THANH_LAP_CDCS)).toEqual({ file, dossierItem: 'to-trinh', note: 'bản chính' });
    expect(checkUploadForm({ file, fields: { dossierItem: 'to-trinh', note: '   ' } }, THANH_LAP_CDCS).note).toBeNull();
  });

  it('names the unknown item and lists the allowed keys', () => {
    let refusal: ValidationFailed | undefined;
    try {
      checkUploadForm({ file, fields: { dossierItem: 'ho-chieu' } }, THANH_LAP_CDCS);
    } catch (error) {
      refusal = error as ValidationFailed;
    }
    const [p] = refusal?.details ?? [];
    expect(`${p?.field}:${p?.rule}`).toBe('dossierItem:isIn');
    for (const item of THANH_LAP_CDCS.dossier) {
      expect(p.message).toContain(item.key);
      expect(p.messageEn).toContain(item.key);
    }
  });

  it('reports every broken rule at once, each naming its field', () => {
    expect(problemsOf({ extra: 'x', note: 'n'.repeat(MAX_NOTE_LENGTH + 1) }, false)).toEqual(['extra:whitelistValidation', 'file:required', 'dossierItem:required', 'note:maxLength']);
  });

  it('refuses a field sent twice (it arrives as a list)', () => {
    expect(problemsOf({ dossierItem: ['to-trinh', 'bien-ban-dai-hoi'] })).toEqual(['dossierItem:isIn']);
  });

  it('counts the note in characters, not bytes: 1000 Vietnamese letters fit', () => {
    expect(problemsOf({ dossierItem: 'to-trinh', note: 'ệ'.repeat(MAX_NOTE_LENGTH) })).toEqual([]);
  });
});
