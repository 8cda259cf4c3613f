import { Injectable } from '@nestjs/common';
import { type DeadlineUnit, PROCEDURES, type Role } from '@congdoan/domain';

export interface ProcedureStepView {
  key: string;
  name: string;
  role: Role;
  deadline: { amount: number; unit: DeadlineUnit };
}

export interface ProcedureView {
  code: string;
  name: string;
  version: number;
  steps: ProcedureStepView[];
}

/** The catalog as clients see it: what each step is, who acts, and its default period. */
const CATALOG: ProcedureView[] = PROCEDURES.map((p) => ({
  code: p.code,
  name: p.name,
  version: p.version,
  steps: p.steps.map((s) => ({ key: s.key, name: s.name, role: s.role, deadline: { amount: s.deadline.amount, unit: s.deadline.unit } })),
}));

@Injectable()
export class ProceduresService {
  list(): ProcedureView[] {
    return CATALOG;
  }
}
