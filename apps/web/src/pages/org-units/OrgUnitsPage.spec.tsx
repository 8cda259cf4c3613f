import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { meWith, mockApi, renderPage } from '../admin/admin-test-kit';
import { OrgUnitsPage } from './OrgUnitsPage';

const CDCS = '3c9d7e2f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const UNITS = {
  items: [
    { id: 'unit-cdvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'upper-grassroots', parentId: null },
    { id: CDCS, name: 'Công đoàn cơ sở Trường THPT Hùng Vương', code: 'CĐCS', level: 'grassroots', parentId: 'unit-cdvc' },
  ],
};
const seat = (body: string, fullName: string, position: string, positionLabel: string, status: 'interim' | 'recognised', decisionNumber: string | null = null) => ({
  body,
  bodyLabel: body,
  fullName,
  position,
  positionLabel,
  status,
  validFrom: '2026-11-12',
  validTo: null,
  decisionNumber,
  userId: null,
});

describe('OrgUnitsPage (the committee roster)', () => {
  it('shows the BCH, BTV and UBKT of a unit with positions, the interim ones marked, the recognised with their decision', async () => {
    const fetchMock = mockApi({
      '/api/me': { body: meWith(['officer']) },
      '/api/org-units': { body: UNITS },
      [`/api/org-units/${CDCS}/committee`]: {
        body: {
          orgUnitId: CDCS,
          on: '2026-11-22',
          items: [
            seat('BCH', 'Đặng Quốc Bảo', 'chu-tich', 'Chủ tịch', 'interim'),
            seat('BTV', 'Đặng Quốc Bảo', 'chu-tich', 'Chủ tịch', 'interim'),
            seat('BCH', 'Lê Thị Hoa', 'uy-vien-bch', 'Ủy viên Ban Chấp hành', 'recognised', '12/QĐ-CĐVC'),
            seat('UBKT', 'Hồ Thị Giang', 'chu-nhiem-ubkt', 'Chủ nhiệm Ủy ban Kiểm tra', 'recognised', '12/QĐ-CĐVC'),
          ],
        },
      },
    });
    renderPage(
      <Routes>
        <Route path="/org-units/:id" element={<OrgUnitsPage />} />
      </Routes>,
      `/org-units/${CDCS}?on=2026-11-22`,
    );
    const bch = await screen.findByTestId('roster-BCH');
    expect(screen.getByRole('tab', { name: 'Ban Chấp hành' })).toHaveAttribute('aria-selected', 'true');
    expect(bch).toHaveTextContent('2 người');
    const chair = within(bch).getByText('Đặng Quốc Bảo').closest('li')!;
    expect(chair).toHaveTextContent('Chủ tịch');
    expect(chair).toHaveTextContent('Tạm thời điều hành (chờ quyết định công nhận)');
    expect(within(bch).getByText('Lê Thị Hoa').closest('li')).toHaveTextContent('Ủy viên Ban Chấp hànhQĐ 12/QĐ-CĐVC, từ 12/11/2026');
    expect(screen.getByTestId('roster-BTV')).toHaveTextContent('1 người');
    expect(screen.getByTestId('roster-UBKT')).toHaveTextContent('Hồ Thị GiangChủ nhiệm Ủy ban Kiểm tra');
    expect(screen.getByText('Công đoàn Viên chức tỉnh Gia Lai', { selector: 'a' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(`/api/org-units/${CDCS}/committee?on=2026-11-22`, expect.anything());
  });

  it('lists the previous term’s seats last and marked, while the newly elected officers act', async () => {
    mockApi({
      '/api/me': { body: meWith(['officer']) },
      '/api/org-units': { body: UNITS },
      [`/api/org-units/${CDCS}/committee`]: {
        body: {
          orgUnitId: CDCS,
          on: '2026-11-22',
          items: [
            { ...seat('BCH', 'Nguyễn Thị Thanh Hương', 'chu-tich', 'Chủ tịch', 'recognised', '12/QĐ-CĐVC'), outgoing: true },
            seat('BCH', 'Đặng Quốc Bảo', 'chu-tich', 'Chủ tịch', 'interim'),
          ],
        },
      },
    });
    renderPage(
      <Routes>
        <Route path="/org-units/:id" element={<OrgUnitsPage />} />
      </Routes>,
      `/org-units/${CDCS}?on=2026-11-22`,
    );
    const bch = await screen.findByTestId('roster-BCH');
    const names = within(bch).getAllByRole('listitem').map((li) => li.textContent);
    expect(names[0]).toContain('Đặng Quốc Bảo');
    expect(names[1]).toContain('Nguyễn Thị Thanh Hương');
    expect(names[1]).toContain('Nhiệm kỳ trước: đến khi có quyết định công nhận Ban Chấp hành mới');
  });
});
