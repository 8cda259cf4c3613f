import type { CaseClock, CaseView, Me, TimelineEntry } from '../../api/types';

// What the case page reads of a complaint (khiếu nại) or a denunciation (tố cáo), besides what every case has.

export const COMPLAINT = 'khieu-nai';
export const DENUNCIATION = 'to-cao';
export const isComplaintOrDenunciation = (procedureCode: string): boolean => procedureCode === COMPLAINT || procedureCode === DENUNCIATION;

/** The name the API gives a file that identifies the denouncer, to those who may not open it (IdentityShield). */
export const PROTECTED_FILE_NAME = 'Tệp được bảo vệ (có thông tin người tố cáo)';

/** The notices addressed to the denouncer: they name them, so only the people assigned may open them (403 for others). */
export const PROTECTED_DOCUMENT_KINDS: readonly string[] = ['tb-thu-ly-to-cao', 'tb-khong-thu-ly-to-cao', 'tb-chuyen-don-to-cao', 'tb-ket-qua-giai-quyet-to-cao'];

/**
 * The dossier items whose files identify the denouncer (the to-cao definition's `identifiesDenouncer`), mirrored by
 * hand: the catalog does not say it. For those who may not see them the API says so itself, by the file's name.
 */
export const DENOUNCER_DOSSIER_ITEMS: readonly string[] = ['don-to-cao', 'giay-to-nguoi-to-cao', 'van-ban-rut-to-cao'];

/** Whether the identity of the case's denouncer is kept from this user (files and notices shown without a link). */
export const identityHidden = (caseView: Pick<CaseView, 'identity'>): boolean => !!caseView.identity?.protected && !caseView.identity.visibleToYou;

export interface Person {
  userId: string;
  fullName: string;
}

/** The verification team (tổ xác minh) as last assigned: its head first, who assigned it and when. */
export function teamOf(caseView: Pick<CaseView, 'timeline'>): { members: Person[]; by: string | null; when: string } | null {
  const assigned = [...caseView.timeline].filter((e) => e.kind === 'team_assigned').sort(byTime).at(-1);
  const team = assigned?.data?.team;
  if (!assigned || !Array.isArray(team)) return null;
  const members = team.filter((p): p is Person => typeof p?.userId === 'string' && typeof p?.fullName === 'string');
  return members.length ? { members, by: assigned.who?.fullName ?? null, when: assigned.when } : null;
}

/** A complaint's decision once sent (`decision_sent`): its number, when sent, when it takes effect, the second-instance window. */
export interface DecisionSent {
  decisionNumber?: string;
  sentOn?: string;
  legalEffectFrom?: string;
  secondInstanceUntil?: string;
}

export function decisionSentOf(caseView: Pick<CaseView, 'timeline'>): DecisionSent | null {
  const sent = caseView.timeline.find((e) => e.kind === 'decision_sent');
  if (!sent?.data) return null;
  const text = (key: string) => (typeof sent.data?.[key] === 'string' ? (sent.data[key] as string) : undefined);
  return { decisionNumber: text('decisionNumber'), sentOn: text('sentOn'), legalEffectFrom: text('legalEffectFrom'), secondInstanceUntil: text('secondInstanceUntil') };
}

/** Whether the user is a leader of the unit (`/api/me` roles): the unit's leaders take the resolving leader's decisions. */
export const leadsUnit = (me: Me | undefined, orgUnitId: string | undefined): boolean =>
  !!me && !!orgUnitId && me.units.some((u) => u.id === orgUnitId && u.roles.some((r) => r.role === 'leader'));

/** The clock decisions that make sense now: a suspended clock can only be resumed; a running one extended or suspended. */
export function usableNow(action: string, clock: CaseClock | undefined): boolean {
  if (action === 'resume') return !!clock?.paused;
  if (action === 'extend' || action === 'suspend') return !clock?.paused;
  return true;
}

/** The steps of a complaint whose legal clock is the resolution period (Art. 28): its lapse opens the second instance. */
export const RESOLUTION_STEPS: readonly string[] = ['xac-minh', 'quyet-dinh'];

const byTime = (a: TimelineEntry, b: TimelineEntry) => a.when.localeCompare(b.when) || a.id - b.id;
