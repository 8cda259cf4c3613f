import type { ProcedureDefinition } from './procedure-definition';
import { BAN_HANH_VAN_BAN } from './ban-hanh-van-ban.definition';
import { BO_SUNG_UY_VIEN } from './bo-sung-uy-vien.definition';
import { CONG_NHAN_BCH } from './cong-nhan-bch.definition';
import { KHEN_THUONG } from './khen-thuong.definition';
import { KHIEU_NAI } from './khieu-nai.definition';
import { KY_LUAT } from './ky-luat.definition';
import { THANH_LAP_CDCS } from './thanh-lap-cdcs.definition';
import { TO_CAO } from './to-cao.definition';

/** The procedures this engine runs; each has one workflow of the same code. */
export const PROCEDURES: readonly ProcedureDefinition[] = [THANH_LAP_CDCS, CONG_NHAN_BCH, BO_SUNG_UY_VIEN, KHEN_THUONG, KY_LUAT, KHIEU_NAI, TO_CAO, BAN_HANH_VAN_BAN];

export function findProcedure(code: string): ProcedureDefinition | undefined {
  return PROCEDURES.find((p) => p.code === code);
}
