import type { DocumentKind } from '../document-facts';
import { qdCongNhanCdcs } from './qd-cong-nhan-cdcs';
import { tbBoSungHoSo } from './tb-bo-sung-ho-so';
import { tbTiepNhanHoSo } from './tb-tiep-nhan-ho-so';
import { tbTuChoiHoSo } from './tb-tu-choi-ho-so';
import type { DocumentTemplate } from './template';

export const TEMPLATES: Readonly<Record<DocumentKind, DocumentTemplate>> = {
  'qd-cong-nhan-cdcs': qdCongNhanCdcs,
  'tb-tiep-nhan-ho-so': tbTiepNhanHoSo,
  'tb-bo-sung-ho-so': tbBoSungHoSo,
  'tb-tu-choi-ho-so': tbTuChoiHoSo,
};
