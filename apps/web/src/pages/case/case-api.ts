import type { CaseView, Finding } from '../../api/types';

// Shapes of the endpoints only this page calls (read from apps/api/src: calendar, org-units, tasks).

/** `GET /api/calendar/deadline`: the period's due date and the days off it skipped, with why. */
export interface DeadlineResult {
  start: string;
  due: string;
  skipped: { date: string; reason: string }[];
}

/** `GET /api/org-units/:id/people`: someone holding a role in the unit today (the delegate and team pickers). */
export type { OrgUnitPerson } from '../../api/types';

/** `POST /api/tasks/:id/actions` answers with the case as it stands once the workflow accepted the action. */
export interface ActResponse {
  case: CaseView;
}

export interface ActRequest {
  action: string;
  comment?: string;
  data?: {
    missing?: string[];
    toUserId?: string;
    amount?: number;
    decisionRef?: string;
    /** reject, suspend, terminate: a code of the procedure's grounds */
    ground?: string;
    /** extend (tố cáo): the NĐ 31/2019 complexity criteria met */
    criteria?: string[];
    /** assign: the verification team, its head first */
    memberIds?: string[];
    /** approve of a resolution */
    finding?: Finding;
    /** approve at a complaint's thụ lý */
    complex?: boolean;
    obstacleDays?: number;
    /** approve of a complaint's verification: the findings differ from the claim (dialogue minutes on file) */
    findingsDiffer?: boolean;
    /** approve of a kết luận: the measures recommended */
    measures?: string;
    /** approve of the publication: how it was made public */
    method?: string;
    /** forward: the competent body */
    forwardTo?: string;
    /** withdraw of a denunciation: signs of coercion (the resolution goes on) */
    coercionSuspected?: boolean;
    /** vote: the collective decision, as the meeting recorded it */
    meeting?: MeetingRequest;
    /** approve of an upper union's discipline decision: the form it decides */
    form?: string;
    /** sign by written delegation (TUQ.): the stand-in's id; the API decides TM./KT./TUQ. itself */
    delegationRef?: string;
  };
}

/** `data.meeting` of a vote (libs/domain meetings/meeting.ts MeetingRecord). */
export interface MeetingRequest {
  body: string;
  heldOn: string;
  members: number;
  present: number;
  ballot: 'secret' | 'show-of-hands';
  votes: { option: string; for: number; against?: number; abstain?: number }[];
  minutesAttachmentId?: string;
}

export const caseKey = (id: string) => ['case', id] as const;

/**
 * The case view gives document links as full `/api/…` paths, while downloadFile() adds `/api` itself:
 * this turns the one into what the other expects.
 */
export const withoutApiPrefix = (path: string): string => (path.startsWith('/api/') ? path.slice(4) : path);

/** An Idempotency-Key; `crypto.randomUUID` exists only in secure contexts, so plain-http intranets get a fallback. */
export function newRequestKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
