import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';
import { errorText, fieldProblems } from '../../components/api-error';

/**
 * Shows a refused request where the user looks: each `details[].field` the form has goes under its input; a refusal
 * without details whose code names a field (409 USERNAME_TAKEN → username) goes there too. Returns what is left for
 * the alert next to the submit button (null when everything found its input). The values typed stay as they are.
 */
export function showRefusal(form: FormInstance, error: unknown, language: string, networkText: string, fieldOfCode: Record<string, string> = {}): string | null {
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const placed: { name: string[]; errors: string[] }[] = [];
  const left: string[] = [];
  for (const [field, text] of fieldProblems(error, language)) {
    if (known.has(field)) placed.push({ name: field.split('.'), errors: [text] });
    else left.push(text);
  }
  const code = error instanceof ApiError ? error.body?.error : undefined;
  const codeField = code ? fieldOfCode[code] : undefined;
  if (placed.length === 0 && codeField && known.has(codeField)) placed.push({ name: [codeField], errors: [errorText(error, language, networkText)] });
  form.setFields(placed);
  if (placed.length === 0) return errorText(error, language, networkText);
  return left.length > 0 ? left.join('; ') : null;
}
