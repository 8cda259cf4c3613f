// The workflow bundle's entry: every workflow type the worker registers. Deterministic code only.
export { systemCheck } from './system/system-check.workflow';
