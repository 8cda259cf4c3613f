import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseView } from '../../api/types';
import { DENOUNCER_NAME, DENUNCIATION_CASE, DENUNCIATION_CASE_FOR_READER, DENUNCIATION_PROCEDURE } from './case-fixture';
import { meWith, mockApi, renderCasePage } from './case-test-kit';

const UBKT2 = meWith('u-ubkt2', 'Đỗ Văn Kiểm', 'ubkt');
const UBKT = meWith('u-ubkt', 'Phạm Thị Lan', 'ubkt');

function serve(view: CaseView, me = UBKT2) {
  return mockApi({
    '/api/me': { body: me },
    [`/api/cases/${view.id}/identity-reads`]: {
      body: { items: [{ at: '2026-11-23T03:00:00.000Z', userId: 'u-ubkt', fullName: 'Phạm Thị Lan', purpose: 'case', subjectId: null }] },
    },
    [`/api/cases/${view.id}`]: { body: view },
    '/api/procedures': { body: [DENUNCIATION_PROCEDURE] },
    '/api/org-units': { body: { items: [{ id: 'unit-cdvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'x', parentId: null }] } },
    '/api/tasks': { body: { items: [], nextCursor: null } },
    '/api/calendar/deadline': { body: { start: '2026-11-22', due: '2026-12-22', skipped: [] } },
  });
}

afterEach(() => localStorage.clear());

describe('the case page of a denunciation', () => {
  it('never shows the denouncer to someone not assigned: a protection notice, files and notices without links', async () => {
    const fetchMock = serve(DENUNCIATION_CASE);
    renderCasePage(DENUNCIATION_CASE.id);

    const notice = await screen.findByTestId('identity-protected');
    expect(notice).toHaveTextContent('Danh tính người tố cáo được bảo vệ');
    expect(screen.queryByTestId('denouncer')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(DENOUNCER_NAME);
    expect(screen.getByText('Lê Minh Tuấn', { selector: 'strong' })).toBeInTheDocument();

    // The signed letter: listed as protected, no download button.
    const letter = document.querySelector('[data-protected-file]') as HTMLElement;
    expect(letter).toHaveTextContent('Tệp được bảo vệ (có thông tin người tố cáo)');
    expect(letter).toHaveTextContent('Chỉ người được phân công giải quyết được mở tệp này');
    expect(within(letter).queryByRole('button')).not.toBeInTheDocument();
    // The notice to the denouncer: marked and without links; the decision beside it downloads as usual.
    expect(screen.queryByRole('button', { name: 'Tải PDF: 05/TB-CĐVC' })).not.toBeInTheDocument();
    expect(screen.getByText(/Văn bản gửi người tố cáo: chỉ người được phân công/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải PDF: 12/QĐ-CĐVC' })).toBeInTheDocument();
    // The team; and no identity read log, nor a request for it.
    expect(screen.getByTestId('team')).toHaveTextContent('Phạm Thị Lan (Tổ trưởng)');
    expect(screen.queryByTestId('identity-reads')).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain(`/api/cases/${DENUNCIATION_CASE.id}/identity-reads`);
  });

  it('shows the denouncer, marked confidential, to the people assigned, with the read log folded until opened', async () => {
    const fetchMock = serve(DENUNCIATION_CASE_FOR_READER, UBKT);
    renderCasePage(DENUNCIATION_CASE.id);

    const denouncer = await screen.findByTestId('denouncer');
    expect(denouncer).toHaveTextContent(DENOUNCER_NAME);
    expect(denouncer).toHaveTextContent('45 Hai Bà Trưng, Pleiku');
    expect(denouncer).toHaveTextContent('Bảo mật: chỉ người được phân công xem');
    expect(screen.queryByTestId('identity-protected')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải PDF: 05/TB-CĐVC' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Tải Don to cao - ${DENOUNCER_NAME}.pdf` })).toBeInTheDocument();

    const log = screen.getByTestId('identity-reads');
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain(`/api/cases/${DENUNCIATION_CASE.id}/identity-reads`);
    await userEvent.click(within(log).getByText('Nhật ký xem danh tính người tố cáo'));
    await waitFor(() => expect(within(log).getByText('Xem hồ sơ')).toBeInTheDocument());
    expect(within(log).getByText('Phạm Thị Lan')).toBeInTheDocument();
  });
});

describe('the case page of a complaint', () => {
  it('says, once a first-instance complaint is past its resolution period, until when the complainant may go to the upper union', async () => {
    const overdue: CaseView = {
      ...DENUNCIATION_CASE,
      id: 'c1e2f3a4-0000-4000-8000-000000000003',
      code: 'KN-2026-0004',
      procedureCode: 'khieu-nai',
      title: 'Khiếu nại của Ngô Văn Bình',
      identity: undefined,
      data: { instance: 1, complainant: { fullName: 'Ngô Văn Bình', address: 'Pleiku' }, content: 'Đề nghị hủy quyết định', decisionComplainedOf: { summary: 'QĐ kỷ luật', number: '41/QĐ-CĐVC' } },
      steps: [{ ...DENUNCIATION_CASE.steps[0], name: 'Xác minh, đối thoại', dueAt: '2026-11-20', deadlineState: 'overdue' }],
      clock: { ...DENUNCIATION_CASE.clock!, stepKey: 'xac-minh', dueAt: '2026-11-20', deadlineState: 'overdue', workingDaysLeft: -1 },
      timeline: [],
      documents: [],
      attachments: [],
      dossier: [],
    };
    const fetchMock = mockApi({
      '/api/me': { body: UBKT },
      [`/api/cases/${overdue.id}`]: { body: overdue },
      '/api/procedures': { body: [] },
      '/api/org-units': { body: { items: [] } },
      '/api/tasks': { body: { items: [], nextCursor: null } },
      '/api/calendar/deadline': { body: { start: '2026-11-20', due: '2026-12-21', skipped: [] } },
    });
    renderCasePage(overdue.id);
    const banner = await screen.findByTestId('second-instance-right');
    await waitFor(() => expect(banner).toHaveTextContent('người khiếu nại có quyền khiếu nại lần hai đến hết ngày 21/12/2026'));
    expect(banner).toHaveTextContent('Quá thời hạn giải quyết khiếu nại lần đầu');
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain('/api/calendar/deadline?start=2026-11-20&amount=30&unit=calendar_days');
    expect(screen.getByTestId('parties-card')).toHaveTextContent('Ngô Văn Bình');
  });
});
