import type { CodeLabel, LegalGround } from '../api/types';
import {
  AWARD_TYPES,
  AWARD_WORDS,
  DEFERRAL_GROUNDS,
  DISCIPLINE_FORMS,
  DISCIPLINE_FORM_WORDS,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_WORDS,
  FORMS_BY_SUBJECT,
  POSITIONS,
  POSITION_WORDS,
} from './union-words';

/**
 * The lists a procedure's forms choose from (positions, award types, discipline forms per subject kind, deferral
 * grounds, document types), read from the catalog entry (GET /api/procedures) when it carries them, else the
 * vocabularies mirrored from the domain. In Vietnamese the catalog's words win; in English ours do.
 */
type Catalogued = Record<string, unknown> | undefined;
type Words = { vi: Record<string, string>; en: Record<string, string> };

/** `[{code,label}]`, `[{value,label}]`, `['code']` or `{code: label}` → `[{code, label}]`. */
export function codeLabels(value: unknown): CodeLabel[] | undefined {
  if (Array.isArray(value)) {
    const list = value
      .map((item): CodeLabel | null => {
        if (typeof item === 'string') return { code: item, label: item };
        if (item && typeof item === 'object') {
          const o = item as Record<string, unknown>;
          const code = o.code ?? o.value ?? o.key ?? o.form ?? o.position;
          const label = o.label ?? o.name ?? o.title ?? code;
          return typeof code === 'string' ? { code, label: String(label) } : null;
        }
        return null;
      })
      .filter((x): x is CodeLabel => x !== null);
    return list.length ? list : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === 'string');
    return entries.length ? entries.map(([code, label]) => ({ code, label: String(label) })) : undefined;
  }
  return undefined;
}

/** The catalog's lists of a procedure: `choices` (GET /api/procedures), or the entry itself. */
const choicesOf = (procedure: Catalogued): Record<string, unknown> => ({ ...procedure, ...((procedure?.choices as Record<string, unknown> | undefined) ?? {}) });

function listFrom(procedure: Catalogued, keys: string[], fallback: readonly string[], words: Words, language: string): CodeLabel[] {
  const lists = choicesOf(procedure);
  const found = keys.map((k) => codeLabels(lists[k])).find(Boolean);
  const lang = language === 'en' ? 'en' : 'vi';
  const codes = found ? found : fallback.map((code) => ({ code, label: words.vi[code] ?? code }));
  return codes.map(({ code, label }) => ({ code, label: lang === 'en' ? (words.en[code] ?? label) : (label === code ? (words.vi[code] ?? code) : label) }));
}

export const positionsOf = (procedure: Catalogued, language: string) => listFrom(procedure, ['positions', 'committeePositions'], POSITIONS, POSITION_WORDS, language);
export const awardTypesOf = (procedure: Catalogued, language: string) => listFrom(procedure, ['awardTypes', 'awards'], AWARD_TYPES, AWARD_WORDS, language);
export const documentTypesOf = (procedure: Catalogued, language: string) => listFrom(procedure, ['documentTypes', 'types'], DOCUMENT_TYPES, DOCUMENT_TYPE_WORDS, language);

/** The forms a subject of this kind can receive, lightest first (the catalog's `formsBySubject`, else QĐ 5130 Art. 4). */
export function formsForKind(procedure: Catalogued, kind: string | undefined, language: string): CodeLabel[] {
  if (!kind) return [];
  // GET /api/procedures → choices.subjectKinds: [{code, label, forms: [{code, label}]}]
  const kinds = choicesOf(procedure).subjectKinds;
  const listed = Array.isArray(kinds) ? (kinds as { code?: string; forms?: unknown }[]).find((k) => k.code === kind)?.forms : undefined;
  const fromCatalog = codeLabels(listed);
  const codes = fromCatalog?.map((f) => f.code) ?? FORMS_BY_SUBJECT[kind] ?? [];
  const ordered = [...codes].sort((a, b) => DISCIPLINE_FORMS.indexOf(a as never) - DISCIPLINE_FORMS.indexOf(b as never));
  const lang = language === 'en' ? 'en' : 'vi';
  return ordered.map((code) => ({ code, label: lang === 'en' ? (DISCIPLINE_FORM_WORDS.en[code] ?? code) : (fromCatalog?.find((f) => f.code === code && f.label !== code)?.label ?? DISCIPLINE_FORM_WORDS.vi[code] ?? code) }));
}

/** The Art. 6(1) deferral grounds (the catalog's `grounds.deferral` or `grounds.suspension` of ky-luat). */
export function deferralGroundsOf(procedure: Catalogued): LegalGround[] {
  const grounds = procedure?.grounds as Record<string, LegalGround[] | undefined> | undefined;
  const listed = grounds?.deferral ?? procedure?.deferralGrounds ?? grounds?.suspension;
  return Array.isArray(listed) && listed.length ? (listed as LegalGround[]) : DEFERRAL_GROUNDS;
}

/** A discipline form is heavier than another (later in the order, lightest first). */
export const heavier = (form: string, than: string): boolean => DISCIPLINE_FORMS.indexOf(form as never) > DISCIPLINE_FORMS.indexOf(than as never);
