import { Injectable } from '@nestjs/common';
import { type DeadlineUnit, PROCEDURES, type Role } from '@congdoan/domain';

export interface ProcedureStepView {
  key: string;
  name: string;
  role: Role;
  deadline: { amount: number; unit: DeadlineUnit };
}

/** One item of the thành phần hồ sơ, so an officer knows what to ask for before opening a case. */
export interface ProcedureDossierItemView {
  key: string;
  name: string;
  required: boolean;
}

export interface ProcedureView {
  code: string;
  name: string;
  version: number;
  steps: ProcedureStepView[];
  dossier: ProcedureDossierItemView[];
}

/** The catalog as clients see it: what each step is, who acts, its default period, and the dossier checklist. */
const CATALOG: ProcedureView[] = PROCEDURES.map((p) => ({
  code: p.code,
  name: p.name,
  version: p.version,
  steps: p.steps.map((s) => ({ key: s.key, name: s.name, role: s.role, deadline: { amount: s.deadline.amount, unit: s.deadline.unit } })),
  dossier: p.dossier.map((d) => ({ key: d.key, name: d.name, required: d.required })),
}));

@Injectable()
export class ProceduresService {
  list(): ProcedureView[] {
    return CATALOG;
  }
}
