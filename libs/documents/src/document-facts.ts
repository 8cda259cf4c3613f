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
  | 'tb-cong-khai-ket-luan-to-cao';

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
  signer: { fullName: string; title: string | null; role: 'leader' | 'officer' | 'clerk' | 'ubkt' | string };
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
}
