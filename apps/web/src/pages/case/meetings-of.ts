import type { CaseMeeting, CaseView, MeetingOutcome } from '../../api/types';
import { majorityOf, quorumOf } from './meeting-math';

/**
 * The case's meetings as the card shows them: the API's `meetings` when it sends them, else read from the timeline's
 * `ballot_resolved` events (the meeting's record and the result the engine drew from it). A discipline ballot's
 * cumulative counts come from the engine's tally.
 */
export function meetingsOf(caseView: Pick<CaseView, 'meetings' | 'timeline'>): CaseMeeting[] {
  const meetings = caseView.meetings?.length
    ? caseView.meetings
    : caseView.timeline
        .filter((e) => e.kind === 'ballot_resolved' && e.data && typeof e.data.meeting === 'object' && e.data.meeting)
        .map((e) => fromEvent(e.data as Record<string, unknown>, e.stepKey));
  return meetings.map(completed);
}

/** The quorum and majority a meeting's numbers give where the API left them out, and each form's cumulative count. */
function completed(m: CaseMeeting): CaseMeeting {
  const quorum = m.quorum ?? quorumOf(m.members);
  const tally = m.outcome?.tally;
  const results = tally
    ? m.results.map((r) => {
        const row = tally.find((t) => t.form === r.option);
        return row ? { ...r, cumulative: row.cumulative, passed: row.passed } : r;
      })
    : m.results;
  const decidedForm = m.decidedForm !== undefined ? m.decidedForm : m.outcome?.outcome === 'form' ? (m.outcome.form ?? null) : m.outcome?.outcome === 'refer-up' ? null : undefined;
  return { ...m, quorum, quorumReached: m.quorumReached ?? m.present >= quorum, majorityNeeded: m.majorityNeeded ?? majorityOf(m.members), results, ...(decidedForm !== undefined ? { decidedForm } : {}) };
}

type Recorded = { body: string; heldOn: string; members: number; present: number; ballot?: 'secret' | 'show-of-hands'; votes?: { option: string; for: number; against?: number; abstain?: number }[]; minutesAttachmentId?: string };

function fromEvent(data: Record<string, unknown>, stepKey: string | null): CaseMeeting {
  const { meeting: recorded, ...rest } = data;
  const meeting = recorded as Recorded;
  const passedOf = Array.isArray(rest.results) ? new Map((rest.results as { option: string; passed: boolean }[]).map((r) => [r.option, r.passed])) : undefined;
  return {
    stepKey,
    body: meeting.body,
    heldOn: meeting.heldOn,
    members: meeting.members,
    present: meeting.present,
    ballot: meeting.ballot,
    results: (meeting.votes ?? []).map((v) => ({ option: v.option, for: v.for, against: v.against, abstain: v.abstain, passed: passedOf?.get(v.option) ?? v.for >= majorityOf(meeting.members) })),
    minutesAttachmentId: meeting.minutesAttachmentId ?? null,
    outcome: { summary: '', ...rest } as MeetingOutcome,
  };
}
