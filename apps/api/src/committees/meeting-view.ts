import {
  COLLECTIVE_BODY_LABELS,
  DISCIPLINE_FORM_LABELS,
  type DisciplineForm,
  type MeetingRecord,
  majorityThreshold,
  quorumOf,
  voteResults,
} from '@congdoan/domain';
import type { TimelineRow } from '@congdoan/persistence';

/** One question's count at a meeting, and whether it reached a majority of the basis. */
export interface MeetingResultView {
  option: string;
  for: number;
  against: number;
  abstain: number;
  passed: boolean;
}

/** A collective decision as the case page shows it: the meeting, its quorum, each option's result, what it decided. */
export interface MeetingView {
  stepKey: string | null;
  recordedAt: string;
  body: string;
  bodyLabel: string;
  heldOn: string;
  ballot: string;
  members: number;
  present: number;
  /** the attendance a valid meeting needs, and whether it was there */
  quorum: number;
  quorumReached: boolean;
  /** the votes "for" an option needs to pass */
  majorityNeeded: number;
  results: MeetingResultView[];
  minutesAttachmentId: string | null;
  /** what the procedure drew from the ballot (timeline `ballot_resolved`): the form decided, those awarded… */
  outcome: (Record<string, unknown> & { summary: string }) | null;
}

const isMeeting = (value: unknown): value is MeetingRecord =>
  value !== null && typeof value === 'object' && typeof (value as MeetingRecord).members === 'number' && Array.isArray((value as MeetingRecord).votes);

function toView(e: TimelineRow, m: MeetingRecord): MeetingView {
  const count = (n: unknown) => (typeof n === 'number' ? n : 0);
  const passed = new Map(voteResults(m).map((r) => [r.option, r.passed]));
  return {
    stepKey: e.stepKey,
    recordedAt: e.at,
    body: m.body,
    bodyLabel: COLLECTIVE_BODY_LABELS[m.body] ?? String(m.body),
    heldOn: m.heldOn,
    ballot: m.ballot,
    members: m.members,
    present: m.present,
    quorum: quorumOf(m.members),
    quorumReached: m.present >= quorumOf(m.members),
    majorityNeeded: majorityThreshold(m),
    results: m.votes.map((v) => ({ option: v.option, for: count(v.for), against: count(v.against), abstain: count(v.abstain), passed: passed.get(v.option) ?? false })),
    minutesAttachmentId: m.minutesAttachmentId ?? null,
    outcome: null,
  };
}

/** The outcome in words: the discipline form decided (or the referral up), the nominees the council passed. */
function outcomeOf(data: Record<string, unknown>): Record<string, unknown> & { summary: string } {
  const { meeting: _meeting, ...rest } = data;
  if (rest.outcome === 'form' && typeof rest.form === 'string') {
    const label = DISCIPLINE_FORM_LABELS[rest.form as DisciplineForm] ?? rest.form;
    return { ...rest, formLabel: label, summary: `Biểu quyết kỷ luật bằng hình thức ${label.toLowerCase()}` };
  }
  if (rest.outcome === 'refer-up') {
    return { ...rest, summary: 'Không hình thức kỷ luật nào được quá 1/2 số phiếu: báo cáo công đoàn cấp trên xem xét, quyết định' };
  }
  if (Array.isArray(rest.awarded)) {
    const awarded = rest.awarded as string[];
    return { ...rest, summary: awarded.length ? `Đề nghị khen thưởng: ${awarded.join(', ')}` : 'Không có người được đề nghị nào đạt quá 1/2 số phiếu' };
  }
  return { ...rest, summary: 'Đã ghi nhận kết quả biểu quyết' };
}

/**
 * The meetings a case recorded (every timeline event whose data holds a `meeting`: the vote itself, then the
 * `ballot_resolved` result the workflow drew from it), oldest first, one entry per meeting.
 */
export function meetingsOf(timeline: readonly TimelineRow[]): MeetingView[] {
  const views: { key: string; view: MeetingView }[] = [];
  for (const e of timeline) {
    const meeting = e.data?.meeting;
    if (!isMeeting(meeting)) continue;
    const key = JSON.stringify(meeting);
    if (e.kind === 'ballot_resolved') {
      const earlier = [...views].reverse().find((v) => v.key === key && v.view.outcome === null);
      const target = earlier ?? { key, view: toView(e, meeting) };
      target.view.outcome = outcomeOf(e.data ?? {});
      if (!earlier) views.push(target);
      continue;
    }
    views.push({ key, view: toView(e, meeting) });
  }
  return views.map((v) => v.view);
}

/** A committee dossier sent more than 10 working days after the first BCH meeting (HD 38 Mục 10.4(đ)): flagged, not refused. */
export function submissionLateOf(timeline: readonly TimelineRow[]): { late: boolean; dueDate: string | null } {
  const late = timeline.find((e) => e.kind === 'submission_late');
  return { late: late !== undefined, dueDate: late ? String(late.data?.dueDate ?? '') || null : null };
}
