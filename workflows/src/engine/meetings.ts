import { type ActRequest, REFUSALS, type Refusal } from '@congdoan/contracts';
import type { FieldProblem, MeetingRecord } from '@congdoan/domain';
import type { CaseRuntime } from './case-runtime';
import type { StepDecision } from './open-step';

/**
 * A collective decision's checks as a step's validator: the meeting's record (quorum, votes within those present,
 * the procedure's own rules) is refused before anything is recorded, with the rule and the numbers.
 */
export function meetingRefusal(check: (meeting: MeetingRecord) => FieldProblem[]) {
  return (request: ActRequest): { code: Refusal; message: string } | undefined => {
    const meeting = request.data?.meeting;
    if (request.action !== 'vote' || !meeting) return undefined;
    const problems = check(meeting);
    if (problems.length === 0) return undefined;
    return {
      code: REFUSALS.MEETING_INVALID,
      message: `${problems.map((p) => p.message).join('; ')} / ${problems.map((p) => p.messageEn).join('; ')}`,
    };
  };
}

/** The result the engine drew from a vote (who passed, which form): on the timeline beside the meeting's record. */
export async function recordBallotResult(c: CaseRuntime, vote: StepDecision, result: Record<string, unknown>): Promise<void> {
  await c.apply({
    events: [{ eventKey: `ballot:${vote.at}`, kind: 'ballot_resolved', actor: vote.by, data: { meeting: vote.data?.meeting, ...result } }],
  });
}
