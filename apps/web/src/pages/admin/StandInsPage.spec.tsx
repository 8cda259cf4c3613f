import { fireEvent, screen, waitFor } from '@testing-library/react';
import { buttonNamed, meWith, mockApi, renderPage } from './admin-test-kit';
import { StandInsPage } from './StandInsPage';
import type { StandIn } from './admin-types';
import { vietnamToday } from '../../components/dates';


const today = vietnamToday();
const GIVEN: StandIn = {
  id: 's1',
  principalUserId: 'me-id',
  principalName: 'Nguyễn Văn Hùng',
  substituteUserId: 'u-mai',
  substituteName: 'Trần Thị Mai',
  orgUnitId: 'unit-cdvc',
  orgUnitName: 'Công đoàn Viên chức tỉnh Gia Lai',
  orgUnitCode: 'CĐVC',
  validFrom: today,
  validTo: '2999-12-31',
  scope: 'Xử lý các bước của Chủ tịch trong thời gian đi công tác',
  reference: 'Giấy ủy quyền số 12/GUQ-CĐVC',
  createdBy: 'me-id',
  createdAt: '2026-11-20T01:00:00.000000Z',
  inForce: true,
};

describe('StandInsPage', () => {
  it('shows a leader the stand-in they gave, in force in words, and ends it after confirmation', async () => {
    const fetchMock = mockApi({
      '/api/me': { body: meWith(['leader']) },
      '/api/stand-ins': (_url, init) => (init?.method === 'DELETE' ? { status: 204 } : { body: { items: [GIVEN], nextCursor: null } }),
    });
    renderPage(<StandInsPage />, '/admin/stand-ins');
    expect(await screen.findByText('Trần Thị Mai')).toBeInTheDocument();
    expect(screen.getByText('✓ Đang hiệu lực')).toBeInTheDocument();

    fireEvent.click(buttonNamed('Kết thúc'));
    expect(await screen.findByText('Kết thúc ủy quyền này?')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalledWith('/api/stand-ins/s1', expect.anything());
    fireEvent.click(buttonNamed('Kết thúc', document.querySelector('.ant-popover') as HTMLElement));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/stand-ins/s1', expect.objectContaining({ method: 'DELETE' })));
  });

  it('offers no end to the stand-in who received it', async () => {
    mockApi({
      '/api/me': { body: meWith(['officer']) },
      '/api/stand-ins': { body: { items: [{ ...GIVEN, principalUserId: 'someone-else' }], nextCursor: null } },
    });
    renderPage(<StandInsPage />, '/admin/stand-ins');
    await screen.findByText('Trần Thị Mai');
    expect(buttonNamed('Kết thúc')).toBeUndefined();
  });
});
