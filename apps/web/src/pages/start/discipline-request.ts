import type { Dayjs } from 'dayjs';
import type { CreateCaseBody } from './founding-request';
import { isoDay } from './form-bits';
import { compact, optional, trimmed } from './intake-rules';

/** The kỷ luật form's values, shaped like the `POST /api/cases` body. */
export interface DisciplineValues {
  orgUnitId?: string;
  title?: string;
  receivedAt?: Dayjs | null;
  /** the form's switch only: a Party or administrative discipline came first */
  hasPrior?: boolean;
  data?: {
    subject?: { kind?: string; fullName?: string; position?: string; unitId?: string; body?: string; userId?: string };
    violation?: string;
    proposedForm?: string;
    managingBody?: string;
    priorDiscipline?: { by?: 'dang' | 'chinh-quyen'; form?: string; decidedOn?: Dayjs | null; reference?: string };
  };
}

export function disciplineRequest(values: DisciplineValues): CreateCaseBody {
  const data = values.data ?? {};
  const subject = data.subject ?? {};
  const prior = data.priorDiscipline ?? {};
  return {
    procedureCode: 'ky-luat',
    orgUnitId: values.orgUnitId ?? '',
    title: trimmed(values.title),
    ...(values.receivedAt ? { receivedAt: isoDay(values.receivedAt) } : {}),
    data: compact({
      subject: compact({
        fullName: trimmed(subject.fullName),
        kind: subject.kind,
        position: subject.kind === 'tap-the' ? undefined : optional(subject.position),
        body: subject.kind === 'tap-the' ? subject.body : undefined,
        unitId: subject.unitId || undefined,
        userId: subject.userId || undefined,
      }),
      violation: trimmed(data.violation),
      proposedForm: data.proposedForm,
      managingBody: optional(data.managingBody),
      priorDiscipline: values.hasPrior ? compact({ by: prior.by, form: prior.form, decidedOn: isoDay(prior.decidedOn), reference: optional(prior.reference) }) : undefined,
    }),
  };
}

export const proposedDisciplineTitle = (name: string | undefined): string => (trimmed(name) ? `Xem xét kỷ luật ${trimmed(name)}` : '');
