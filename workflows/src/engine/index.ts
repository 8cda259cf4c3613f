// The engine's public face, for procedure files and for the engine's own tests.
export { caseActivities } from './activities';
export { CaseRuntime, openCase } from './case-runtime';
export { type CaseOutcome, closeCase } from './close-case';
export { humanStep, type StepOptions } from './human-step';
export type { StepDecision } from './open-step';
export { type NoticeOptions, sendNotice } from './notices';
