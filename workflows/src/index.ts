// The workflow bundle's entry: every workflow type the worker registers. Deterministic code only.
export { thanhLapCdcs } from './procedures/thanh-lap-cdcs.workflow';
export { systemCheck } from './system/system-check.workflow';
export { khieuNai } from './procedures/khieu-nai.workflow';
export { toCao } from './procedures/to-cao.workflow';
