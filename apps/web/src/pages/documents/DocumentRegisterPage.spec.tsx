import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RegisterEntry } from '../../api/types';
import { vietnamToday } from '../../components/dates';
import { meWith, mockApi, renderPage } from '../admin/admin-test-kit';
import { DocumentRegisterPage } from './DocumentRegisterPage';

const YEAR = vietnamToday().slice(0, 4);
const entry = (n: number, typeCode: string, summary: string | null, patch: Partial<RegisterEntry> = {}): RegisterEntry => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  number: `0${n}/${typeCode}-CĐVC`,
  sequence: n,
  typeCode,
  typeName: typeCode,
  secret: false,
  issuedOn: `${YEAR}-11-0${n}`,
  summary,
  signer: 'Nguyễn Văn Hùng',
  signerTitle: 'Chủ tịch',
  recipients: ['Các CĐCS trực thuộc'],
  caseId: summary ? 'c0a8f5e2-0000-4000-8000-000000000001' : null,
  caseCode: summary ? `VB-${YEAR}-000${n}` : null,
  restricted: !summary,
  ...patch,
});
const PAGE = {
  issuer: { id: 'unit-cdvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC' },
  year: Number(YEAR),
  items: [entry(1, 'KH', 'Kế hoạch tổng kết năm'), entry(2, 'QĐ', null), entry(3, 'QĐ', 'Quyết định khen thưởng', { secret: true })],
  nextCursor: null,
};

describe('DocumentRegisterPage (sổ văn bản)', () => {
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:register');
    URL.revokeObjectURL = jest.fn();
  });

  it('lists the issuer’s documents of the year, filters by type in the address, and downloads the same register as CSV and Excel', async () => {
    const fetchMock = mockApi({
      '/api/me': { body: meWith(['clerk']) },
      '/api/documents/register?issuerUnitId=unit-cdvc&year=': (url) => ({ body: url.includes('typeCode=Q') ? { ...PAGE, items: PAGE.items.slice(1) } : PAGE }),
      '/api/documents/register?issuerUnitId=unit-cdvc&year=2026&typeCode=Q%C4%90&format=csv': { file: { text: 'Số,Ngày', headers: { 'content-disposition': 'attachment; filename="so-van-ban.csv"' } } },
      '/api/documents/register?issuerUnitId=unit-cdvc&year=2026&typeCode=Q%C4%90&format=xlsx': { status: 403, body: { statusCode: 403, error: 'FORBIDDEN', message: 'Bạn không có quyền xem sổ văn bản của đơn vị này' } },
    });
    renderPage(<DocumentRegisterPage />, '/documents');
    const table = await screen.findByTestId('register-table');
    expect(screen.getByTestId('register-count')).toHaveTextContent('3 văn bản');
    const first = within(table).getByText('01/KH-CĐVC').closest('tr')!;
    expect(first).toHaveTextContent(`01/11/${YEAR}`);
    expect(first).toHaveTextContent('Kế hoạch');
    expect(first).toHaveTextContent('Kế hoạch tổng kết năm');
    expect(first).toHaveTextContent('Nguyễn Văn Hùng (Chủ tịch)');
    expect(within(first).getByRole('link', { name: `VB-${YEAR}-0001` })).toHaveAttribute('href', '/cases/c0a8f5e2-0000-4000-8000-000000000001');
    expect(within(table).getByText('02/QĐ-CĐVC').closest('tr')).toHaveTextContent('(không có quyền xem hồ sơ)');
    expect(within(table).getByText('03/QĐ-CĐVC').closest('tr')).toHaveTextContent('03/QĐ-CĐVCMật');
    expect(fetchMock).toHaveBeenCalledWith(`/api/documents/register?issuerUnitId=unit-cdvc&year=${YEAR}&format=json&limit=200`, expect.anything());

    fireEvent.mouseDown(screen.getByLabelText('Loại văn bản'));
    fireEvent.click(await screen.findByText('QĐ – Quyết định', { selector: '.ant-select-item-option-content' }));
    await waitFor(() => expect(screen.getByTestId('register-count')).toHaveTextContent('2 văn bản'));
    expect(fetchMock).toHaveBeenCalledWith(`/api/documents/register?issuerUnitId=unit-cdvc&year=${YEAR}&typeCode=Q%C4%90&format=json&limit=200`, expect.anything());

    fireEvent.click(screen.getByText('Tải CSV').closest('button')!);
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    fireEvent.click(screen.getByText('Tải Excel').closest('button')!);
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa tải được sổ văn bản: Bạn không có quyền xem sổ văn bản của đơn vị này');
  });
});
