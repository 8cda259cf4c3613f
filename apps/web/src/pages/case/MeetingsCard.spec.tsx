import { screen, within } from '@testing-library/react';
import type { CaseMeeting, CaseView } from '../../api/types';
import { FOUNDING_CASE } from './case-fixture';
import { renderWithProviders } from './case-test-kit';
import { MeetingsCard } from './MeetingsCard';

/** A BTV ballot as GET /api/cases/:id gives it: the meeting's record and the engine's cumulative result. */
const BALLOT: CaseMeeting = {
  stepKey: 'bieu-quyet',
  body: 'BTV',
  bodyLabel: 'Ban Thường vụ',
  heldOn: '2026-11-20',
  ballot: 'secret',
  members: 9,
  present: 9,
  quorum: 6,
  quorumReached: true,
  majorityNeeded: 5,
  results: [
    { option: 'khien-trach', for: 2, against: 0, abstain: 0, passed: false },
    { option: 'canh-cao', for: 3, against: 0, abstain: 0, passed: false },
    { option: 'cach-chuc', for: 0, against: 0, abstain: 0, passed: false },
    { option: 'khai-tru', for: 4, against: 0, abstain: 0, passed: false },
  ],
  minutesAttachmentId: null,
  outcome: {
    summary: 'Biểu quyết kỷ luật bằng hình thức cảnh cáo',
    outcome: 'form',
    form: 'canh-cao',
    cumulative: true,
    tally: [
      { form: 'khai-tru', votes: 4, cumulative: 4, passed: false },
      { form: 'cach-chuc', votes: 0, cumulative: 4, passed: false },
      { form: 'canh-cao', votes: 3, cumulative: 7, passed: true },
      { form: 'khien-trach', votes: 2, cumulative: 9, passed: true },
    ],
  },
};

const withMeetings = (procedureCode: string, patch: Partial<CaseView>): CaseView => ({ ...FOUNDING_CASE, procedureCode, ...patch });

describe('MeetingsCard', () => {
  it('a discipline ballot: the body and day, who came, the quorum, each form with its cumulative count, and the outcome', () => {
    renderWithProviders(<MeetingsCard caseView={withMeetings('ky-luat', { meetings: [BALLOT] })} />);
    const meeting = screen.getByTestId('meeting');
    expect(meeting).toHaveTextContent('Ban Thường vụ · họp ngày 20/11/2026');
    expect(meeting).toHaveTextContent('Có mặt 9/9 thành viên');
    expect(within(meeting).getByText('Đủ số lượng (cần 6)')).toBeInTheDocument();
    expect(within(meeting).getByText('Bỏ phiếu kín')).toBeInTheDocument();
    const warning = within(meeting).getByText('Cảnh cáo').closest('li')!;
    expect(warning).toHaveTextContent('3 tán thành · 0 không tán thành · 0 không biểu quyết · cộng dồn 7');
    expect(warning).toHaveTextContent('Đạt');
    expect(within(meeting).getByText('Khai trừ').closest('li')).toHaveTextContent('Không đạt');
    expect(screen.getByTestId('meeting-outcome')).toHaveTextContent('Kết quả: Cộng dồn: cảnh cáo 7/9 (quá 1/2)');
  });

  it('a council ballot read from the timeline: who passed, and a meeting short of its quorum', () => {
    const council = {
      id: 7,
      when: '2026-11-21T02:00:00.000Z',
      who: { userId: 'u-canbo', fullName: 'Lê Minh Tuấn' },
      what: 'ballot_resolved',
      kind: 'ballot_resolved',
      stepKey: 'hoi-dong-tdkt',
      comment: null,
      data: {
        meeting: { body: 'HD-TDKT', heldOn: '2026-11-21', members: 9, present: 5, ballot: 'secret', votes: [{ option: 'Nguyễn Thị Mai', for: 5 }, { option: 'Tổ Toán', for: 3 }] },
        results: [
          { option: 'Nguyễn Thị Mai', for: 5, share: 0.55, passed: true },
          { option: 'Tổ Toán', for: 3, share: 0.33, passed: false },
        ],
        awarded: ['Nguyễn Thị Mai'],
      },
    };
    renderWithProviders(<MeetingsCard caseView={withMeetings('khen-thuong', { meetings: [], timeline: [council] })} />);
    const meeting = screen.getByTestId('meeting');
    expect(meeting).toHaveTextContent('Hội đồng Thi đua - Khen thưởng · họp ngày 21/11/2026');
    expect(within(meeting).getByText('Không đủ số lượng (cần 6)')).toBeInTheDocument();
    expect(within(meeting).getByText('Tổ Toán').closest('li')).toHaveTextContent('Tổ ToánKhông đạt3 tán thành');
    expect(screen.getByTestId('meeting-outcome')).toHaveTextContent('Kết quả: Đạt quá 1/2 tổng số thành viên: Nguyễn Thị Mai');
  });

  it('shows nothing for a case without a meeting', () => {
    const { container } = renderWithProviders(<MeetingsCard caseView={FOUNDING_CASE} />);
    expect(container).toBeEmptyDOMElement();
  });
});
