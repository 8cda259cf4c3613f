import type { ActRequest, Person, Refusal } from '@congdoan/contracts';
import type { Action, LegalClock, StepDefinition } from '@congdoan/domain';

/** What a human decided on a step. `date` is the Vietnam calendar day of the decision: periods run from it. */
export interface StepDecision {
  action: Action;
  comment?: string;
  data?: ActRequest['data'];
  by: Person;
  at: string;
  date: string;
}

/** The step waiting for a human, as the workflow holds it (the truth while it is open). */
export interface OpenStep {
  taskId: string;
  def: StepDefinition;
  orgUnitId: string;
  clock: LegalClock;
  assigneeUserId: string | null;
  /** who delegated the step: they stay its owner and are told the outcome */
  delegatedBy?: string;
  reminded: boolean;
  escalationLevel: number;
  escalationTaskIds: string[];
  /** set while an action is being recorded, so a second concurrent action is refused */
  busy: boolean;
  decision?: StepDecision;
  /** work done inside the action's Update before it is accepted (e.g. numbering the decision) */
  beforeClose?: (decision: StepDecision) => Promise<void>;
  /**
   * The decision document of an extension, suspension or resumption, numbered inside the Update; gives its number.
   * `after` is the clock's ledger as the change leaves it (its due date is the new last day).
   */
  onClockChange?: (change: StepDecision, after: LegalClock) => Promise<string | undefined>;
  /** refuses, in the validator, what this procedure's law forbids at this step (a "tiếng Việt / English" reason) */
  refusal?: (request: ActRequest) => { code: Refusal; message: string } | undefined;
}
