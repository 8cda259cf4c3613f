export type DocumentKind = 'qd-cong-nhan-cdcs' | 'tb-tiep-nhan-ho-so' | 'tb-bo-sung-ho-so' | 'tb-tu-choi-ho-so';

/** Everything a template needs, gathered by the issuing activity at the moment the văn thư issues the document. */
export interface DocumentFacts {
  kind: DocumentKind;
  /** already formatted, e.g. '05/QĐ-CĐVC' */
  numberText: string;
  /** 'YYYY-MM-DD' (Vietnam date): the only date a document uses; nothing reads the clock */
  issuedOn: string;
  /** e.g. name 'Công đoàn Viên chức tỉnh Gia Lai', code 'CĐVC', placeName 'Gia Lai', parentName 'Liên đoàn Lao động tỉnh Gia Lai' */
  issuer: { name: string; code: string; placeName: string; parentName: string | null };
  /** title from the role assignment: 'Chủ tịch', 'Phó Chủ tịch', 'Chuyên viên Ban Tổ chức'… */
  signer: { fullName: string; title: string | null; role: 'leader' | 'officer' | 'clerk' | 'ubkt' | string };
  /** e.g. 'TL-2026-0003' */
  caseCode: string;
  /** 'YYYY-MM-DD' when the dossier arrived */
  receivedAt: string;
  /** the founding case's data */
  subject: {
    /** the employer, e.g. 'Công ty TNHH May Gia Lai' */
    unitName: string;
    memberCount: number;
    applicants: { fullName: string }[];
    /** the elected BCH */
    bch?: { fullName: string; position?: string }[];
  };
  /** tb-bo-sung-ho-so: names of the missing dossier items */
  missingItems?: string[];
  /** tb-tu-choi-ho-so: the reasons; tb-bo-sung-ho-so: the officer's comment */
  reasons?: string;
  /** who a notice is addressed to; default 'Ban vận động thành lập CĐCS {unitName}' */
  submitterName?: string;
}
