import type { FormInstance } from 'antd';
import { fieldProblems } from '../../components/api-error';

/** `data.applicants.0.fullName` → `['data', 'applicants', 0, 'fullName']`, the form's name path for that input. */
export const namePathOf = (field: string): (string | number)[] => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts each problem of a refused request under the input it names (`details[].field` is the form's own name path,
 * since the form is shaped like the request body). Returns how many it placed, and the ones no input shows (for the
 * general alert).
 */
export function showFieldProblems(form: FormInstance, error: unknown, language: string): { placed: number; unplaced: string[] } {
  const shown = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const unplaced: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const [field, text] of fieldProblems(error, language)) {
    if (shown.has(field)) fields.push({ name: namePathOf(field), errors: [text] });
    else unplaced.push(text);
  }
  form.setFields(fields);
  if (fields.length > 0) form.scrollToField(fields[0].name, { focus: true, block: 'center' });
  return { placed: fields.length, unplaced };
}
