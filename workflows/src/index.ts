// The workflow bundle's entry: every workflow type the worker registers. Deterministic code only.
export { thanhLapCdcs } from './procedures/thanh-lap-cdcs.workflow';
export { systemCheck } from './system/system-check.workflow';
export { khieuNai } from './procedures/khieu-nai.workflow';
export { toCao } from './procedures/to-cao.workflow';
export { congNhanBch } from './procedures/cong-nhan-bch.workflow';
export { boSungUyVien } from './procedures/bo-sung-uy-vien.workflow';
export { khenThuong } from './procedures/khen-thuong.workflow';
export { kyLuat } from './procedures/ky-luat.workflow';
export { banHanhVanBan } from './procedures/ban-hanh-van-ban.workflow';
