import { type CommitteeBody, type CommitteePosition, ISSUABLE_TYPES } from '@congdoan/domain';

export type DocumentKind =
  // founding a CĐCS (domain §2)
  | 'qd-cong-nhan-cdcs'
  | 'tb-tiep-nhan-ho-so'
  | 'tb-bo-sung-ho-so'
  | 'tb-tu-choi-ho-so'
  // complaints (khiếu nại, domain §6)
  | 'tb-thu-ly-khieu-nai'
  | 'tb-khong-thu-ly-khieu-nai'
  | 'qd-giai-quyet-khieu-nai-lan-dau'
  | 'qd-giai-quyet-khieu-nai-lan-hai'
  | 'qd-dinh-chi-giai-quyet-khieu-nai'
  // denunciations (tố cáo, domain §7)
  | 'qd-thu-ly-to-cao'
  | 'tb-thu-ly-to-cao'
  | 'tb-noi-dung-to-cao'
  | 'tb-khong-thu-ly-to-cao'
  | 'tb-chuyen-don-to-cao'
  | 'qd-gia-han-giai-quyet-to-cao'
  | 'qd-tam-dinh-chi-giai-quyet-to-cao'
  | 'qd-tiep-tuc-giai-quyet-to-cao'
  | 'qd-dinh-chi-giai-quyet-to-cao'
  | 'kl-noi-dung-to-cao'
  | 'tb-ket-qua-giai-quyet-to-cao'
  | 'tb-cong-khai-ket-luan-to-cao'
  // recognising BCH/BTV/UBKT and adding members (domain §3)
  | 'qd-cong-nhan-bch'
  | 'qd-bo-sung-uy-vien'
  // commendation (domain §4)
  | 'qd-khen-thuong'
  // discipline (domain §5)
  | 'qd-ky-luat'
  | 'tb-ky-luat-co-quan-quan-ly'
  // issuing the union's own documents (domain §8)
  | 'van-ban'
  | 'cv-dinh-chinh';

/**
 * Type codes in a document's number (NĐ 30 Phụ lục III; QĐ 933/QĐ-TLĐ Ch. II, domain §8) and the tên loại each stands
 * for. A công văn (CV) has no tên loại on the paper: its trích yếu stands under the number ('V/v …').
 */
export const DOCUMENT_TYPE_NAMES = { ...ISSUABLE_TYPES, KL: 'Kết luận' } as const;
export type DocumentTypeCode = keyof typeof DOCUMENT_TYPE_NAMES;

/** A tờ trình (submission) a decision considers: 'Xét Tờ trình số 12/TTr-CĐCS ngày 02/03/2026 của …'. */
export interface Submission {
  numberText: string;
  /** 'YYYY-MM-DD' */
  issuedOn?: string;
}

/**
 * Công nhận BCH, BTV, Chủ tịch, Phó Chủ tịch, UBKT after a congress (domain §3): read by qd-cong-nhan-bch and the
 * generic notices of the procedure. Dates 'YYYY-MM-DD'.
 */
export interface CommitteeFacts {
  /** the lower union, e.g. 'Công đoàn cơ sở Trường THPT Lê Lợi' */
  unitName: string;
  /** e.g. '2025 - 2030' */
  term?: string;
  congressDate: string;
  firstMeetingDate: string;
  /** every elected person once per position, as position codes (COMMITTEE_POSITION_LABELS of @congdoan/domain) */
  members: { fullName: string; position: CommitteePosition }[];
  /** the lower union's tờ trình, when the dossier gives its number */
  submission?: Submission;
}

/** Bổ sung ủy viên BCH, BTV or UBKT during a term (domain §3): read by qd-bo-sung-uy-vien and the generic notices. */
export interface CommitteeAdditionFacts {
  unitName: string;
  body: CommitteeBody;
  /** elected by the lower union's body, or appointed (chỉ định) by the upper union */
  origin: 'elected' | 'appointed';
  /** the day of the election (or of the appointment's proposal), 'YYYY-MM-DD' */
  electedOn: string;
  term?: string;
  members: { fullName: string; position: CommitteePosition }[];
  submission?: Submission;
}

/** Khen thưởng (domain §4): read by qd-khen-thuong and the generic notices. */
export interface CommendationFacts {
  /** the award's code (AWARD_TYPES of @congdoan/domain) */
  awardType: string;
  /** e.g. 'Giấy khen', 'Danh hiệu Lao động tiên tiến' */
  awardLabel: string;
  /** what they achieved, e.g. 'xuất sắc trong phong trào thi đua năm 2026' */
  achievements: string;
  /** e.g. '2026', 'năm học 2025 - 2026' */
  period?: string;
  /** the unit that proposed them, e.g. 'Công đoàn cơ sở Trường THPT Lê Lợi' */
  proposingUnit?: string;
  submission?: Submission;
  /** qd-khen-thuong: ONLY those the council passed; a collective has `collective: true` */
  nominees: { name: string; position?: string; collective?: boolean }[];
  /** the Hội đồng Thi đua - Khen thưởng's meeting: counts only */
  council?: { heldOn: string; members: number; present: number };
}

/** Kỷ luật (domain §5; QĐ 5130/QĐ-TLĐ): read by qd-ky-luat and tb-ky-luat-co-quan-quan-ly. Dates 'YYYY-MM-DD'. */
export interface DisciplineFacts {
  /** kind: 'doan-vien', 'can-bo' or 'tap-the' (a BCH, BTV or UBKT, named in fullName) */
  subject: { fullName: string; kind: 'doan-vien' | 'can-bo' | 'tap-the'; position?: string; unitName?: string };
  violation: string;
  /** the form's code (DISCIPLINE_FORMS of @congdoan/domain) and its label, e.g. 'khien-trach', 'Khiển trách' */
  form: string;
  formLabel: string;
  /**
   * The secret ballot that resolved the form (QĐ 5130 Art. 3): counts only, never who voted how. `body` is a
   * COLLECTIVE_BODIES code ('BTV', 'BCH').
   */
  ballot?: { body: string; heldOn: string; members: number; present: number };
  /** the UBKT's (or the lower union's) tờ trình */
  submission?: Submission;
  /** tb-ky-luat-co-quan-quan-ly: the Party, government or professional body that manages the person (Art. 3(12)) */
  managingBody?: string;
  /** tb-ky-luat-co-quan-quan-ly: the QĐ kỷ luật already issued in the case */
  decision?: { numberText: string; issuedOn: string };
}

/** Ban hành văn bản (domain §8): read by van-ban and cv-dinh-chinh. */
export interface IssuanceFacts {
  /** the document's type code, which its number carries ('KH', 'TB', 'CV'…) */
  documentType: DocumentTypeCode;
  /** its tên loại, e.g. 'Kế hoạch' */
  typeName: string;
  /** the trích yếu, without 'V/v' */
  summary: string;
  /** the approved draft, one paragraph per line */
  content?: string;
  /** nơi nhận (a công văn's 'Kính gửi') as the drafter lists them, without the '- Lưu' line */
  recipients: string[];
  /** hỏa tốc: 'HỎA TỐC' under the number (NĐ 30 Phụ lục I, độ khẩn) */
  urgent?: boolean;
  /** cv-dinh-chinh: the issued document whose format it corrects (NĐ 30 Art. 18(3)) */
  corrects?: { numberText: string; issuedOn: string; summary: string };
}

/** A legal ground as the case records it: its wording and where the law says it. */
export interface LegalGround {
  /** e.g. 'Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác' */
  label: string;
  /** e.g. 'điểm a khoản 1 Điều 34 Luật Tố cáo năm 2018' */
  cite: string;
}

/** The founding case's data (domain §2): read by the founding kinds only. */
export interface FoundingSubject {
  /** the employer, e.g. 'Công ty TNHH May Gia Lai' */
  unitName: string;
  memberCount: number;
  applicants: { fullName: string }[];
  /** the elected BCH */
  bch?: { fullName: string; position?: string }[];
}

/** A complaint (khiếu nại, domain §6; Luật Khiếu nại 2011): read by the complaint kinds only. All dates 'YYYY-MM-DD'. */
export interface ComplaintFacts {
  instance: 1 | 2;
  complainant: { fullName: string; address: string };
  content: string;
  /** summary: e.g. 'Quyết định thi hành kỷ luật bằng hình thức khiển trách đối với ông Lê Văn Tám' */
  decisionComplainedOf: { summary: string; number?: string; issuedOn?: string; issuerName?: string };
  complainedAgainst?: { fullName: string };
  /** the thụ lý */
  acceptedOn?: string;
  /** 30, 45, 60, 70 (Art. 28, 37) */
  resolutionDays?: number;
  /** the last day of the resolution period */
  resolutionDueOn?: string;
  /** tb-khong-thu-ly-khieu-nai: an Art. 11 ground */
  refusal?: LegalGround & { reasons?: string };
  finding?: 'dung' | 'sai' | 'dung-mot-phan';
  /** the verifiers' findings, free text (one paragraph per line) */
  verification?: string;
  /** what the leader decides, free text (one paragraph per line) */
  resolution?: string;
  /** where a second complaint goes; default the issuer's parent union */
  upperUnitName?: string;
  /** 30, or 45 in remote areas (Art. 33) */
  secondInstanceWindowDays?: number;
  /** second instance: the first-instance decision */
  firstDecision?: { numberText: string; issuedOn: string; issuerName: string };
  withdrawalReasons?: string;
}

/**
 * A denunciation (tố cáo, domain §7; Luật Tố cáo 2018): read by the denunciation kinds only. All dates 'YYYY-MM-DD'.
 * The denouncer's identity is confidential (Art. 8(3), 40(3)): see `denouncer`.
 */
export interface DenunciationFacts {
  /**
   * Present ONLY for the kinds addressed to the denouncer (`identifiesDenouncer` in DOCUMENT_KINDS): tb-thu-ly-to-cao,
   * tb-khong-thu-ly-to-cao, tb-chuyen-don-to-cao, tb-ket-qua-giai-quyet-to-cao. composeDocument removes it before any
   * other kind's template runs, so those never read or print it.
   */
  denouncer?: { fullName: string; address: string };
  accused: { fullName: string; position?: string };
  content: string;
  receivedOn: string;
  /** the QĐ thụ lý tố cáo */
  acceptance?: { numberText: string; issuedOn: string };
  resolutionDueOn?: string;
  /** Art. 30(1): one extension if complex (1 criterion of NĐ 31/2019 Art. 3(2)), two if particularly complex (≥ 2) */
  extension?: { ordinal: 1 | 2; amount: number; criteria: LegalGround[]; reasons: string; newDueOn: string };
  /** Art. 34(1) */
  suspension?: { ground: LegalGround; reasons: string };
  /** Art. 34(2) */
  resumption?: { suspensionNumberText?: string; suspensionIssuedOn?: string; newDueOn: string; reasons?: string };
  /** Art. 34(3) */
  termination?: { ground: LegalGround; reasons?: string };
  refusal?: LegalGround & { reasons?: string };
  /** Art. 24(2): the competent body the denunciation goes to */
  forwardedTo?: string;
  /** the verifiers' findings, free text (one paragraph per line) */
  verification?: string;
  /** Art. 35: the finding, the leader's text and the measures (kiến nghị xử lý), free text */
  conclusion?: { finding: 'dung' | 'sai' | 'dung-mot-phan'; text: string; measures?: string };
  /** the kết luận nội dung tố cáo */
  conclusionDocument?: { numberText: string; issuedOn: string };
  /** Art. 40(2), e.g. 'niêm yết tại trụ sở Công đoàn Viên chức tỉnh Gia Lai trong thời gian 15 ngày' */
  publication?: { method: string };
}

/** Everything a template needs, gathered by the issuing activity at the moment the văn thư issues the document. */
export interface DocumentFacts {
  kind: DocumentKind;
  /** already formatted, e.g. '05/QĐ-CĐVC' */
  numberText: string;
  /** 'YYYY-MM-DD' (Vietnam date): the only date a document uses; nothing reads the clock */
  issuedOn: string;
  /** e.g. name 'Công đoàn Viên chức tỉnh Gia Lai', code 'CĐVC', placeName 'Gia Lai', parentName 'Liên đoàn Lao động tỉnh Gia Lai' */
  issuer: { name: string; code: string; placeName: string; parentName: string | null };
  /** title from the role assignment: 'Chủ tịch', 'Phó Chủ tịch', 'Chuyên viên Ban Tổ chức', 'Ủy viên Ủy ban Kiểm tra'… */
  signer: {
    fullName: string;
    title: string | null;
    role: 'leader' | 'officer' | 'clerk' | 'ubkt' | string;
    /**
     * how they sign (NĐ 30 Art. 13): TM. the collective, KT. (a deputy for the head), TUQ. (by a written delegation),
     * TL. (by the working rules). When given it decides the block; without it the block follows from the title.
     */
    mode?: 'TM' | 'KT' | 'TUQ' | 'TL';
    /** whose title KT., TUQ. and TL. name, e.g. 'Chủ tịch'; default 'Chủ tịch' (TL.: the Ban Thường vụ) */
    principalTitle?: string;
  };
  /** e.g. 'TL-2026-0003' */
  caseCode: string;
  /** 'YYYY-MM-DD' when the dossier (or the complaint, the denunciation) arrived */
  receivedAt: string;
  /** the founding case's data: the founding kinds need it (a RangeError without it), no other kind reads it */
  subject?: FoundingSubject;
  /** the complaint kinds need it (a RangeError without it) */
  complaint?: ComplaintFacts;
  /** the denunciation kinds need it (a RangeError without it) */
  denunciation?: DenunciationFacts;
  /** tb-bo-sung-ho-so: names of the missing dossier items */
  missingItems?: string[];
  /** tb-tu-choi-ho-so: the reasons; tb-bo-sung-ho-so: the officer's comment */
  reasons?: string;
  /** who a notice is addressed to; default 'Ban vận động thành lập CĐCS {unitName}' */
  submitterName?: string;
  /** qd-cong-nhan-bch needs it (a RangeError without it) */
  committee?: CommitteeFacts;
  /** qd-bo-sung-uy-vien needs it */
  committeeAddition?: CommitteeAdditionFacts;
  /** qd-khen-thuong needs it */
  commendation?: CommendationFacts;
  /** qd-ky-luat and tb-ky-luat-co-quan-quan-ly need it */
  discipline?: DisciplineFacts;
  /** van-ban and cv-dinh-chinh need it */
  issuance?: IssuanceFacts;
}
