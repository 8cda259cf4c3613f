import type { CodeLabel } from '../../api/types';
import { formsForKind, heavier } from '../../components/union-lists';

/** Who votes at a step: the body is fixed by the procedure (the council for a commendation, the BTV for a discipline). */
const VOTE_BODIES: Record<string, string> = {
  'khen-thuong:hoi-dong-tdkt': 'HD-TDKT',
  'ky-luat:bieu-quyet': 'BTV',
};

/** The dossier item the signed minutes are filed under, per step. */
const MINUTES_ITEMS: Record<string, string> = {
  'khen-thuong:hoi-dong-tdkt': 'bien-ban-hoi-dong',
  'ky-luat:bieu-quyet': 'bien-ban-bo-phieu',
};

export interface VoteSpec {
  body: string;
  /** one row each: a nominee (by name, as the dossier lists them) or a discipline form (by code) */
  options: CodeLabel[];
  kind: 'nominee' | 'form';
  /** secret ballot only (QĐ 5130 Art. 3; the council's ballot) */
  secretRequired: boolean;
  /** each ballot picks one option (a discipline form): the votes "for" add up to at most those present */
  exclusive: boolean;
  minutesItem?: string;
}

type Nominee = { fullName?: string; unitName?: string };
type Discipline = { subject?: { kind?: string }; priorDiscipline?: { form?: string } };

/** The forms an upper union or a ballot may choose for this case: the subject's forms, none heavier than a prior discipline. */
export function disciplineFormsOf(data: Record<string, unknown>, procedure: Record<string, unknown> | undefined, language: string): CodeLabel[] {
  const d = data as Discipline;
  const ceiling = d.priorDiscipline?.form;
  return formsForKind(procedure, d.subject?.kind, language).filter((f) => !ceiling || !heavier(f.code, ceiling));
}

/** What the vote form asks for at this step; undefined where the step takes no vote. */
export function voteSpec(procedureCode: string, stepKey: string | undefined, data: Record<string, unknown>, procedure: Record<string, unknown> | undefined, language: string): VoteSpec {
  const key = `${procedureCode}:${stepKey}`;
  const base = { body: VOTE_BODIES[key] ?? 'BCH', minutesItem: MINUTES_ITEMS[key] };
  if (procedureCode === 'ky-luat') {
    return { ...base, kind: 'form', options: disciplineFormsOf(data, procedure, language), secretRequired: true, exclusive: true };
  }
  const nominees = Array.isArray(data.nominees) ? (data.nominees as Nominee[]) : [];
  const names = nominees.map((n) => (n.fullName ?? n.unitName ?? '').trim()).filter(Boolean);
  return { ...base, kind: 'nominee', options: names.map((n) => ({ code: n, label: n })), secretRequired: procedureCode === 'khen-thuong', exclusive: false };
}
