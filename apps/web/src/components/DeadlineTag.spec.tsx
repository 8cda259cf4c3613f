import { act, render, screen } from '@testing-library/react';
import '../i18n';
import { setLanguage } from '../i18n';
import { DeadlineTag } from './DeadlineTag';

describe('DeadlineTag', () => {
  afterEach(() => act(() => setLanguage('vi')));

  it('says the state in words as well as colour, with the working days late', () => {
    render(<DeadlineTag state="overdue" daysLeft={-3} />);
    const tag = screen.getByText(/Quá hạn/);
    expect(tag).toHaveTextContent('Quá hạn · quá 3 ngày làm việc');
    expect(tag.closest('[data-deadline-state]')).toHaveAttribute('data-deadline-state', 'overdue');
  });

  it('counts the working days left, and none while the clock is paused', () => {
    const { rerender } = render(<DeadlineTag state="due_soon" daysLeft={1} />);
    expect(screen.getByText(/Sắp đến hạn/)).toHaveTextContent('Sắp đến hạn · còn 1 ngày làm việc');
    rerender(<DeadlineTag state="paused" daysLeft={4} />);
    expect(screen.getByText(/Tạm dừng/)).not.toHaveTextContent('ngày');
  });

  it('speaks English when asked', () => {
    act(() => setLanguage('en'));
    render(<DeadlineTag state="on_time" daysLeft={5} />);
    expect(screen.getByText(/On time/)).toHaveTextContent('On time · 5 working days left');
  });
});
