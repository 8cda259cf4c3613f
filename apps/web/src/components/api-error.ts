import { ApiError, type FieldProblem } from '../api/client';

/** The server's own words for a refusal, in the UI's language (its `message` is Vietnamese, `messageEn` English). */
export function errorText(error: unknown, language: string, networkText: string): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) return networkText;
    if (error.body) return language === 'en' && error.body.messageEn ? error.body.messageEn : error.body.message;
    return `HTTP ${error.status}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Per-field problems of a 400, keyed by the field path (`data.memberCount`), to show next to the inputs. */
export function fieldProblems(error: unknown, language: string): Map<string, string> {
  const problems: FieldProblem[] = error instanceof ApiError ? (error.body?.details ?? []) : [];
  const byField = new Map<string, string>();
  for (const p of problems) {
    const text = language === 'en' ? p.messageEn : p.message;
    byField.set(p.field, byField.has(p.field) ? `${byField.get(p.field)}; ${text}` : text);
  }
  return byField;
}
