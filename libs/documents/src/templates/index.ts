import type { DocumentKind } from '../document-facts';
import { cvDinhChinh } from './cv-dinh-chinh';
import { klNoiDungToCao } from './kl-noi-dung-to-cao';
import { qdBoSungUyVien } from './qd-bo-sung-uy-vien';
import { qdCongNhanBch } from './qd-cong-nhan-bch';
import { qdCongNhanCdcs } from './qd-cong-nhan-cdcs';
import { qdDinhChiGiaiQuyetKhieuNai } from './qd-dinh-chi-giai-quyet-khieu-nai';
import { qdDinhChiGiaiQuyetToCao } from './qd-dinh-chi-giai-quyet-to-cao';
import { qdGiaHanGiaiQuyetToCao } from './qd-gia-han-giai-quyet-to-cao';
import { qdGiaiQuyetKhieuNaiLanDau } from './qd-giai-quyet-khieu-nai-lan-dau';
import { qdGiaiQuyetKhieuNaiLanHai } from './qd-giai-quyet-khieu-nai-lan-hai';
import { qdKhenThuong } from './qd-khen-thuong';
import { qdKyLuat } from './qd-ky-luat';
import { qdTamDinhChiGiaiQuyetToCao } from './qd-tam-dinh-chi-giai-quyet-to-cao';
import { qdThuLyToCao } from './qd-thu-ly-to-cao';
import { qdTiepTucGiaiQuyetToCao } from './qd-tiep-tuc-giai-quyet-to-cao';
import { tbBoSungHoSo } from './tb-bo-sung-ho-so';
import { tbChuyenDonToCao } from './tb-chuyen-don-to-cao';
import { tbCongKhaiKetLuanToCao } from './tb-cong-khai-ket-luan-to-cao';
import { tbKetQuaGiaiQuyetToCao } from './tb-ket-qua-giai-quyet-to-cao';
import { tbKhongThuLyKhieuNai } from './tb-khong-thu-ly-khieu-nai';
import { tbKyLuatCoQuanQuanLy } from './tb-ky-luat-co-quan-quan-ly';
import { tbKhongThuLyToCao } from './tb-khong-thu-ly-to-cao';
import { tbNoiDungToCao } from './tb-noi-dung-to-cao';
import { tbThuLyKhieuNai } from './tb-thu-ly-khieu-nai';
import { tbThuLyToCao } from './tb-thu-ly-to-cao';
import { tbTiepNhanHoSo } from './tb-tiep-nhan-ho-so';
import { tbTuChoiHoSo } from './tb-tu-choi-ho-so';
import type { DocumentTemplate } from './template';
import { vanBan } from './van-ban';

export const TEMPLATES: Readonly<Record<DocumentKind, DocumentTemplate>> = {
  // founding a CĐCS (domain §2)
  'qd-cong-nhan-cdcs': qdCongNhanCdcs,
  'tb-tiep-nhan-ho-so': tbTiepNhanHoSo,
  'tb-bo-sung-ho-so': tbBoSungHoSo,
  'tb-tu-choi-ho-so': tbTuChoiHoSo,
  // complaints (domain §6)
  'tb-thu-ly-khieu-nai': tbThuLyKhieuNai,
  'tb-khong-thu-ly-khieu-nai': tbKhongThuLyKhieuNai,
  'qd-giai-quyet-khieu-nai-lan-dau': qdGiaiQuyetKhieuNaiLanDau,
  'qd-giai-quyet-khieu-nai-lan-hai': qdGiaiQuyetKhieuNaiLanHai,
  'qd-dinh-chi-giai-quyet-khieu-nai': qdDinhChiGiaiQuyetKhieuNai,
  // denunciations (domain §7)
  'qd-thu-ly-to-cao': qdThuLyToCao,
  'tb-thu-ly-to-cao': tbThuLyToCao,
  'tb-noi-dung-to-cao': tbNoiDungToCao,
  'tb-khong-thu-ly-to-cao': tbKhongThuLyToCao,
  'tb-chuyen-don-to-cao': tbChuyenDonToCao,
  'qd-gia-han-giai-quyet-to-cao': qdGiaHanGiaiQuyetToCao,
  'qd-tam-dinh-chi-giai-quyet-to-cao': qdTamDinhChiGiaiQuyetToCao,
  'qd-tiep-tuc-giai-quyet-to-cao': qdTiepTucGiaiQuyetToCao,
  'qd-dinh-chi-giai-quyet-to-cao': qdDinhChiGiaiQuyetToCao,
  'kl-noi-dung-to-cao': klNoiDungToCao,
  'tb-ket-qua-giai-quyet-to-cao': tbKetQuaGiaiQuyetToCao,
  'tb-cong-khai-ket-luan-to-cao': tbCongKhaiKetLuanToCao,
  // recognising BCH/BTV/UBKT and adding members (domain §3)
  'qd-cong-nhan-bch': qdCongNhanBch,
  'qd-bo-sung-uy-vien': qdBoSungUyVien,
  // commendation (domain §4)
  'qd-khen-thuong': qdKhenThuong,
  // discipline (domain §5)
  'qd-ky-luat': qdKyLuat,
  'tb-ky-luat-co-quan-quan-ly': tbKyLuatCoQuanQuanLy,
  // the union's own documents (domain §8)
  'van-ban': vanBan,
  'cv-dinh-chinh': cvDinhChinh,
};
