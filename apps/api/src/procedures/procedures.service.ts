import { Injectable } from '@nestjs/common';
import {
  type Action,
  type DeadlineUnit,
  DEFERRAL_GROUNDS,
  KN_REFUSAL_GROUNDS,
  type LegalGround,
  PROCEDURES,
  type Role,
  TC_COMPLEXITY_CRITERIA,
  TC_REFUSAL_GROUNDS,
  TC_SUSPENSION_GROUNDS,
  TC_TERMINATION_GROUNDS,
  actionLabel,
} from '@congdoan/domain';
import { FORM_CHOICES, type FormChoice } from '../committees/form-choices';

export interface ProcedureStepView {
  key: string;
  name: string;
  role: Role;
  deadline: { amount: number; unit: DeadlineUnit };
  /** what the holder may do, and the decisions the unit's leaders may take while the step is with someone else */
  actions: Action[];
  leaderActions: Action[];
  /** each action's wording on this step ('approve' at thụ lý reads 'Thụ lý') */
  actionLabels: Partial<Record<Action, string>>;
}

/** The legal grounds an action must name (data.ground, data.criteria), per procedure. */
const GROUNDS: Record<string, Record<string, readonly LegalGround[]>> = {
  'khieu-nai': { refusal: KN_REFUSAL_GROUNDS },
  'to-cao': { refusal: TC_REFUSAL_GROUNDS, suspension: TC_SUSPENSION_GROUNDS, termination: TC_TERMINATION_GROUNDS, complexity: TC_COMPLEXITY_CRITERIA },
  // QĐ 5130/QĐ-TLĐ Art. 6(1): a deferral (suspend at the UBKT's or the BTV's step) names one of these.
  'ky-luat': { deferral: DEFERRAL_GROUNDS },
};

/** One item of the thành phần hồ sơ, so an officer knows what to ask for before opening a case. */
export interface ProcedureDossierItemView {
  key: string;
  name: string;
  required: boolean;
  /** its files show who the denouncer is: only the people assigned to the case may open them */
  identifiesDenouncer: boolean;
}

export interface ProcedureView {
  code: string;
  name: string;
  version: number;
  steps: ProcedureStepView[];
  dossier: ProcedureDossierItemView[];
  grounds: Record<string, readonly LegalGround[]>;
  /** the codes the case form offers: committee positions, award types, discipline forms per subject kind… */
  choices: Record<string, FormChoice[]>;
  /** who opens a case: `cdcs-chair`, the lower union's chair filing its own dossier; absent, the first step's holder */
  submittedBy?: 'cdcs-chair';
}

/** The catalog as clients see it: what each step is, who acts, its default period, and the dossier checklist. */
const CATALOG: ProcedureView[] = PROCEDURES.map((p) => ({
  code: p.code,
  name: p.name,
  version: p.version,
  steps: p.steps.map((s) => {
    const leaderActions = [...(s.leaderActions ?? [])];
    return {
      key: s.key,
      name: s.name,
      role: s.role,
      deadline: { amount: s.deadline.amount, unit: s.deadline.unit },
      actions: [...s.actions],
      leaderActions,
      actionLabels: Object.fromEntries([...s.actions, ...leaderActions].map((a) => [a, actionLabel(s, a)])),
    };
  }),
  dossier: p.dossier.map((d) => ({ key: d.key, name: d.name, required: d.required, identifiesDenouncer: d.identifiesDenouncer === true })),
  grounds: GROUNDS[p.code] ?? {},
  choices: FORM_CHOICES[p.code] ?? {},
  ...(p.submittedBy ? { submittedBy: p.submittedBy } : {}),
}));

@Injectable()
export class ProceduresService {
  list(): ProcedureView[] {
    return CATALOG;
  }
}
