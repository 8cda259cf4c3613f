import { addDays, vietnamDate } from '@congdoan/domain';
import { actionProblems, meetingRuleError } from '../tasks/act-rules';
import type { ActDto } from '../tasks/tasks.dto';
import { meetingsOf } from './meeting-view';

const today = vietnamDate(new Date());
const meeting = (over: Record<string, unknown> = {}) => ({
  body: 'BTV',
  heldOn: addDays(today, -1),
  members: 9,
  present: 9,
  ballot: 'secret',
  votes: [
    { option: 'khai-tru', for: 4 },
    { option: 'canh-cao', for: 3 },
    { option: 'khien-trach', for: 2 },
  ],
  ...over,
});
const vote = (m?: Record<string, unknown>): ActDto => ({ action: 'vote', ...(m ? { data: { meeting: m } } : {}) }) as ActDto;
const fields = (dto: ActDto) => actionProblems(dto, undefined, today).map((p) => `${p.field}:${p.rule}`);

describe('a vote’s meeting record (400: its shape)', () => {
  it('is required to vote, and only there', () => {
    expect(fields(vote())).toEqual(['data.meeting:required']);
    expect(fields(vote(meeting()))).toEqual([]);
    expect(fields({ action: 'approve', data: { meeting: meeting() } } as ActDto)).toEqual(['data.meeting:onlyWhenVoting']);
  });

  it('names each malformed field by its path', () => {
    expect(
      fields(
        vote(
          meeting({
            body: 'BGĐ',
            heldOn: addDays(today, 1),
            members: 0,
            present: '7',
            ballot: 'raised',
            votes: [{ option: ' ', for: 1.5, against: -1 }, 'x'],
            minutesAttachmentId: 'bien-ban',
            chair: 'A',
          }),
        ),
      ),
    ).toEqual([
      'data.meeting.chair:whitelistValidation',
      'data.meeting.body:isIn',
      'data.meeting.heldOn:notInFuture',
      'data.meeting.members:min',
      'data.meeting.present:isInt',
      'data.meeting.ballot:isIn',
      'data.meeting.votes.0.option:isNotEmpty',
      'data.meeting.votes.0.for:isInt',
      'data.meeting.votes.0.against:min',
      'data.meeting.votes.1:isObject',
      'data.meeting.minutesAttachmentId:isUuid',
    ]);
    expect(fields(vote(meeting({ votes: [] })))).toEqual(['data.meeting.votes:arrayMinSize']);
    expect(fields(vote('BTV' as unknown as Record<string, unknown>))).toEqual(['data.meeting:isObject']);
  });
});

describe('a vote’s meeting rules (422 MEETING_INVALID, with the numbers)', () => {
  it('refuses a meeting without its quorum', () => {
    const error = meetingRuleError('khen-thuong', 'hoi-dong-tdkt', vote(meeting({ body: 'HD-TDKT', present: 5, votes: [{ option: 'Nguyễn Thị Hạnh', for: 5 }] })));
    expect(error?.code).toBe('MEETING_INVALID');
    expect(error?.details?.map((d) => `${d.field}:${d.rule}`)).toEqual(['data.meeting.present:QUORUM_NOT_MET']);
    expect(error?.message).toContain('có mặt 5/9, cần ít nhất 6');
  });

  it('refuses more votes than members present, and a discipline ballot whose choices exceed them', () => {
    const over = meetingRuleError('khen-thuong', 'hoi-dong-tdkt', vote(meeting({ body: 'HD-TDKT', present: 7, votes: [{ option: 'A', for: 5, against: 3 }] })));
    expect(over?.details?.map((d) => d.rule)).toEqual(['VOTES_EXCEED_PRESENT']);
    expect(over?.message).toContain('5 tán thành + 3 không tán thành + 0 không biểu quyết = 8 phiếu, nhiều hơn 7');
    const ballot = meetingRuleError('ky-luat', 'bieu-quyet', vote(meeting({ votes: [{ option: 'khai-tru', for: 6 }, { option: 'canh-cao', for: 5 }] })));
    expect(ballot?.details?.map((d) => d.rule)).toEqual(['CHOICES_EXCEED_PRESENT']);
  });

  it('needs a secret ballot where the rules say so, and passes a valid meeting', () => {
    expect(meetingRuleError('ky-luat', 'bieu-quyet', vote(meeting({ ballot: 'show-of-hands' })))?.details?.map((d) => d.rule)).toEqual(['SECRET_BALLOT_REQUIRED']);
    expect(meetingRuleError('ky-luat', 'bieu-quyet', vote(meeting()))).toBeUndefined();
    expect(meetingRuleError('ky-luat', 'bieu-quyet', { action: 'approve' } as ActDto)).toBeUndefined();
  });
});

describe('the meetings a case page shows', () => {
  it('joins a vote with the result the workflow drew from it', () => {
    const m = meeting();
    const row = (id: number, kind: string, data: Record<string, unknown>) => ({ id, at: `2026-11-2${id}T01:00:00.000000Z`, kind, stepKey: 'bieu-quyet', actorUserId: null, actorName: null, comment: null, data });
    const [view] = meetingsOf([row(1, 'action', { action: 'vote', meeting: m }), row(2, 'ballot_resolved', { meeting: m, outcome: 'form', form: 'canh-cao', cumulative: true })]);
    expect(view).toMatchObject({ body: 'BTV', bodyLabel: 'Ban Thường vụ', members: 9, present: 9, quorum: 6, quorumReached: true, majorityNeeded: 5 });
    expect(view.results.map((r) => [r.option, r.for, r.passed])).toEqual([
      ['khai-tru', 4, false],
      ['canh-cao', 3, false],
      ['khien-trach', 2, false],
    ]);
    expect(view.outcome).toMatchObject({ form: 'canh-cao', formLabel: 'Cảnh cáo', summary: 'Biểu quyết kỷ luật bằng hình thức cảnh cáo' });
  });
});
