import type { Instance } from './complaint-periods';

/** How a letter arrived (sổ tiếp nhận đơn). */
export const CHANNELS = ['truc-tiep', 'buu-dien', 'thu-dien-tu', 'chuyen-den'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  'truc-tiep': 'Trực tiếp tại nơi tiếp công dân',
  'buu-dien': 'Qua bưu điện',
  'thu-dien-tu': 'Thư điện tử, cổng thông tin',
  'chuyen-den': 'Cơ quan, tổ chức khác chuyển đến',
};

/** A complaint case's data as stored (cases.data) and given to its workflow; the API fills the defaults at intake. */
export interface ComplaintData {
  instance: Instance;
  complainant: { fullName: string; address: string; phone?: string };
  content: string;
  decisionComplainedOf: { summary: string; number?: string; issuedOn?: string; issuerName?: string; signerName?: string; signerUserId?: string };
  /** the person or body whose decision or act is complained of */
  complainedAgainst?: { fullName: string; userId?: string };
  channel: Channel;
  /** the day the complainant received or learned of the decision: the 90 days run from it */
  learnedOn: string;
  /** days lost to objective obstacles (illness, disaster, travel for work…), not counted (Luật KN Art. 9) */
  obstacleDays: number;
  complex: boolean;
  remoteArea: boolean;
  /** second instance: the first case, its decision and when the complainant received it */
  firstCase?: { caseId: string; code: string; decisionNumber?: string; decisionIssuedOn?: string; orgUnitId: string };
}

/**
 * A denunciation's data as stored and given to its workflow. The denouncer is NOT here: their identity lives in the
 * protected record (encrypted, read only by the people assigned), and the content and title were cleared of it.
 */
export interface DenunciationData {
  /** no name or a false name: not a tố cáo but an information report (Luật TC Art. 25) */
  anonymous: boolean;
  /** written (a signed letter) or oral (minutes signed by the denouncer, Art. 23) */
  form: 'written' | 'oral';
  channel: Channel;
  accused: { fullName: string; position?: string; userId?: string };
  content: string;
  /** places the facts must be checked in: several give 10 working days of initial processing instead of 7 */
  places: number;
  /** whether a protected identity record exists for this case */
  identityProtected: boolean;
}
