import { screen } from '@testing-library/react';
import type { CaseView } from '../../api/types';
import { FOUNDING_CASE } from './case-fixture';
import { renderWithProviders } from './case-test-kit';
import { HoldBanner } from './HoldBanner';

const held = (patch: Partial<CaseView>): CaseView => ({ ...FOUNDING_CASE, procedureCode: 'khen-thuong', status: 'ON_HOLD', ...patch });
const REASON = 'Nguyễn Thị Mai đang trong thời gian xem xét kỷ luật: chưa xét khen thưởng cho đến khi vụ việc kết thúc (Nghị định 152/2025/NĐ-CP Điều 4)';

describe('HoldBanner', () => {
  it('says why a commendation is on hold, nominee by nominee, never naming the other case', () => {
    renderWithProviders(<HoldBanner caseView={held({ holds: [{ nominee: 'Nguyễn Thị Mai', reason: REASON, since: '2026-11-20T02:00:00.000Z' }] })} />);
    const banner = screen.getByTestId('hold-banner');
    expect(banner).toHaveTextContent('Tạm dừng xét khen thưởng');
    expect(banner).toHaveTextContent(REASON);
    expect(banner).toHaveTextContent('Hồ sơ tự tiếp tục khi các vụ việc này kết thúc.');
    expect(banner).not.toHaveTextContent('KL-');
  });

  it('reads the reasons from the timeline when the view has none, and is not shown once the case moves on', () => {
    const placed = { id: 3, when: '2026-11-20T02:00:00.000Z', who: null, what: 'hold_placed', kind: 'hold_placed', stepKey: null, comment: null, data: { holds: [{ nominee: 'Tổ Toán', reason: 'Tổ Toán đang có đơn khiếu nại liên quan chưa giải quyết xong' }] } };
    const { unmount } = renderWithProviders(<HoldBanner caseView={held({ timeline: [placed] })} />);
    expect(screen.getByTestId('hold-banner')).toHaveTextContent('Tổ Toán đang có đơn khiếu nại liên quan chưa giải quyết xong');
    unmount();
    renderWithProviders(<HoldBanner caseView={held({ status: 'open', timeline: [placed] })} />);
    expect(screen.queryByTestId('hold-banner')).not.toBeInTheDocument();
  });
});
