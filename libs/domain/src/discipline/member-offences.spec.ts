import { MEMBER_OFFENCE_RULES, suggestedForm } from './member-offences';

describe('member offences (QĐ 5130 Art. 25)', () => {
  it.each([
    [{}, undefined],
    [{ missedMeetingShare: 0.49 }, undefined],
    [{ missedMeetingShare: 0.5 }, 'khien-trach'],
    [{ missedMeetingShare: 7 / 10 }, 'canh-cao'],
    [{ missedMeetingShare: 21 / 30 }, 'canh-cao'],
    [{ missedMeetingShare: 0.89 }, 'canh-cao'],
    [{ missedMeetingShare: 9 / 10 }, 'khai-tru'],
    [{ missedMeetingShare: 1 }, 'khai-tru'],
    [{ unpaidMonths: 5 }, undefined],
    [{ unpaidMonths: 6 }, 'khien-trach'],
    [{ unpaidMonths: 9 }, 'canh-cao'],
    [{ unpaidMonths: 11 }, 'canh-cao'],
    [{ unpaidMonths: 12 }, 'khai-tru'],
    // the heavier of the two ladders
    [{ missedMeetingShare: 0.5, unpaidMonths: 9 }, 'canh-cao'],
    [{ missedMeetingShare: 0.95, unpaidMonths: 6 }, 'khai-tru'],
    [{ missedMeetingShare: 0.2, unpaidMonths: 7 }, 'khien-trach'],
    [{ missedMeetingShare: Number.NaN, unpaidMonths: 3 }, undefined],
  ])('%j → %s', (record, form) => {
    expect(suggestedForm(record)).toBe(form);
  });

  it('takes the ladders as configuration', () => {
    const rules = { ...MEMBER_OFFENCE_RULES, unpaidMonths: [{ atLeast: 3, form: 'khien-trach' as const }] };
    expect(suggestedForm({ unpaidMonths: 3 }, rules)).toBe('khien-trach');
  });
});
