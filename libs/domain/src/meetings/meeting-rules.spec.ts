import type { MeetingRecord } from './meeting';
import { MEETING_RULES, fractionText, majorityThreshold, meetingProblems, passes, quorumOf, voteResults } from './meeting-rules';

const meeting = (over: Partial<MeetingRecord> = {}): MeetingRecord => ({
  body: 'BCH',
  heldOn: '2026-03-10',
  members: 9,
  present: 7,
  ballot: 'secret',
  votes: [{ option: 'Nguyễn Văn An', for: 6, against: 1 }],
  minutesAttachmentId: 'att-1',
  ...over,
});
const rulesOf = (problems: { rule: string }[]) => problems.map((p) => p.rule);

describe('quorum and majority', () => {
  it.each([
    [9, 6],
    [10, 7],
    [3, 2],
    [15, 10],
    [1, 1],
  ])('a body of %i needs %i present (2/3)', (members, quorum) => {
    expect(quorumOf(members)).toBe(quorum);
  });

  it.each([
    // members, present, basis, threshold
    [9, 7, 'members', 5],
    [10, 10, 'members', 6],
    [9, 7, 'present', 4],
    [9, 6, 'present', 4],
    [11, 8, 'present', 5],
  ] as const)('members %i, present %i, majority of %s: %i votes pass', (members, present, majorityBasis, threshold) => {
    const m = meeting({ members, present });
    const r = { ...MEETING_RULES, majorityBasis };
    expect(majorityThreshold(m, r)).toBe(threshold);
    expect(passes(threshold, m, r)).toBe(true);
    expect(passes(threshold - 1, m, r)).toBe(false);
  });

  it('reports each option with its share of the basis and whether it passed', () => {
    const m = meeting({
      members: 9,
      present: 8,
      ballot: 'secret',
      votes: [
        { option: 'A', for: 5 },
        { option: 'B', for: 4 },
      ],
    });
    expect(voteResults(m)).toEqual([
      { option: 'A', for: 5, share: 5 / 9, passed: true },
      { option: 'B', for: 4, share: 4 / 9, passed: false },
    ]);
    expect(voteResults(m, { ...MEETING_RULES, majorityBasis: 'present' })[1]).toEqual({ option: 'B', for: 4, share: 0.5, passed: false });
  });

  it.each([
    [2 / 3, '2/3'],
    [0.5, '1/2'],
    [1 / 3, '1/3'],
    [0.1, '1/10'],
    [0.123, '12.3%'],
  ])('writes the share %d as %s', (share, text) => {
    expect(fractionText(share)).toBe(text);
  });
});

describe('meetingProblems', () => {
  it('accepts a valid meeting', () => {
    expect(meetingProblems(meeting(), { secretRequired: true, minutesRequired: true, exclusiveChoice: true })).toEqual([]);
  });

  it('refuses a meeting without quorum, with the numbers', () => {
    const [p] = meetingProblems(meeting({ present: 5, votes: [{ option: 'A', for: 5 }] }));
    expect(p).toMatchObject({ field: 'data.meeting.present', rule: 'QUORUM_NOT_MET' });
    expect(p.message).toContain('có mặt 5/9, cần ít nhất 6');
    expect(p.messageEn).toContain('5 of 9 present, at least 6 needed');
  });

  it.each([
    ['members not a whole number', { members: 8.5 }, 'data.meeting.members', 'COUNT_INVALID'],
    ['no members', { members: 0, present: 0 }, 'data.meeting.members', 'COUNT_INVALID'],
    ['negative present', { present: -1 }, 'data.meeting.present', 'COUNT_INVALID'],
    ['more present than members', { present: 10 }, 'data.meeting.present', 'PRESENT_EXCEEDS_MEMBERS'],
    ['no vote recorded', { votes: [] }, 'data.meeting.votes', 'NO_VOTES'],
    ['an option with no name', { votes: [{ option: ' ', for: 1 }] }, 'data.meeting.votes.0.option', 'OPTION_MISSING'],
    ['a negative vote count', { votes: [{ option: 'A', for: -2 }] }, 'data.meeting.votes.0.for', 'COUNT_INVALID'],
    ['a fractional against count', { votes: [{ option: 'A', for: 2, against: 0.5 }] }, 'data.meeting.votes.0.against', 'COUNT_INVALID'],
  ] as const)('%s', (_, over, field, rule) => {
    expect(meetingProblems(meeting(over as Partial<MeetingRecord>))).toEqual([expect.objectContaining({ field, rule })]);
  });

  it('refuses an option with more votes than members present, naming it and the numbers', () => {
    const votes = [
      { option: 'A', for: 4 },
      { option: 'B', for: 3 },
      { option: 'Trần Thị Bình', for: 5, against: 2, abstain: 1 },
    ];
    const problems = meetingProblems(meeting({ votes }));
    expect(problems).toEqual([expect.objectContaining({ field: 'data.meeting.votes.2.for', rule: 'VOTES_EXCEED_PRESENT' })]);
    expect(problems[0].message).toContain("'Trần Thị Bình': 5 tán thành + 2 không tán thành + 1 không biểu quyết = 8 phiếu, nhiều hơn 7");
    expect(problems[0].messageEn).toContain('= 8 votes, more than the 7 members present');
  });

  it.each([
    // votes for each option, exclusive: the total must not exceed the 7 present
    [[4, 3], []],
    [[4, 3, 1], ['CHOICES_EXCEED_PRESENT']],
  ])('with one choice per ballot, votes %j give %j', (fors, expected) => {
    const votes = fors.map((f, i) => ({ option: `form-${i}`, for: f }));
    const problems = meetingProblems(meeting({ votes }), { exclusiveChoice: true });
    expect(rulesOf(problems)).toEqual(expected);
    if (expected.length) expect(problems[0].message).toContain('tổng số phiếu tán thành các phương án là 8, nhiều hơn 7');
  });

  it('does not add the options up when each ballot may pick several (an election)', () => {
    const votes = [
      { option: 'A', for: 7 },
      { option: 'B', for: 7 },
    ];
    expect(meetingProblems(meeting({ votes }))).toEqual([]);
  });

  it('finds the same option twice, whatever its case or spacing', () => {
    const votes = [
      { option: 'Khai trừ', for: 1 },
      { option: ' khai trừ ', for: 1 },
    ];
    expect(meetingProblems(meeting({ votes }))).toEqual([expect.objectContaining({ field: 'data.meeting.votes.1.option', rule: 'DUPLICATE_OPTION' })]);
  });

  it.each([
    [{ ballot: 'show-of-hands' as const }, { secretRequired: true }, 'data.meeting.ballot', 'SECRET_BALLOT_REQUIRED'],
    [{ minutesAttachmentId: undefined }, { minutesRequired: true }, 'data.meeting.minutesAttachmentId', 'MINUTES_REQUIRED'],
    [{ minutesAttachmentId: '  ' }, { minutesRequired: true }, 'data.meeting.minutesAttachmentId', 'MINUTES_REQUIRED'],
  ])('requires %j when asked (%j)', (over, options, field, rule) => {
    expect(meetingProblems(meeting(over), options)).toEqual([expect.objectContaining({ field, rule })]);
    expect(meetingProblems(meeting(over))).toEqual([]);
  });

  it('names fields under the path it is given and reports every problem at once', () => {
    const problems = meetingProblems(meeting({ present: 4, ballot: 'show-of-hands', votes: [{ option: 'A', for: 5 }] }), { field: 'data.election', secretRequired: true });
    expect(problems.map((p) => [p.field, p.rule])).toEqual([
      ['data.election.present', 'QUORUM_NOT_MET'],
      ['data.election.votes.0.for', 'VOTES_EXCEED_PRESENT'],
      ['data.election.ballot', 'SECRET_BALLOT_REQUIRED'],
    ]);
  });

  it('uses a configured quorum', () => {
    const m = meeting({ members: 10, present: 6, votes: [{ option: 'A', for: 6 }] });
    expect(rulesOf(meetingProblems(m))).toEqual(['QUORUM_NOT_MET']);
    expect(meetingProblems(m, { rules: { ...MEETING_RULES, quorumShare: 0.5 } })).toEqual([]);
  });
});
