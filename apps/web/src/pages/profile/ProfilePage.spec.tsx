import { type Reply, mockApi, renderPage } from '../inbox/page-test-support';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { session } from '../../api/client';
import type { Me } from '../../api/types';
import { SessionProvider } from '../../auth/session';
import { ProfilePage } from './ProfilePage';

const ME: Me = {
  id: 'u1',
  username: 'canbo',
  fullName: 'Lê Minh Tuấn',
  email: 'canbo@congdoan.example',
  emailNotifications: true,
  units: [{ id: 'cdvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'province', roles: [{ role: 'officer', title: 'Chuyên viên Ban Tổ chức' }] }],
};

/** The API: GET /me, and PATCH /me/preferences answered by `patch` (which also records the body sent). */
function api(patch: (body: { emailNotifications: boolean }) => Reply) {
  return mockApi((path, init) => {
    if (path === '/me' && (init.method ?? 'GET') === 'GET') return { body: ME };
    if (path === '/me/preferences' && init.method === 'PATCH') return patch(JSON.parse(String(init.body)));
    return undefined;
  });
}
const show = () => renderPage(<SessionProvider><ProfilePage /></SessionProvider>, '/profile', '/profile');


describe('ProfilePage', () => {
  beforeEach(() => session.save('token-of-canbo'));
  afterEach(() => session.clear());

  it('shows the name, username, email, units and roles', async () => {
    api(() => ({ status: 500 }));
    show();
    expect(await screen.findByText('Lê Minh Tuấn')).toBeInTheDocument();
    expect(screen.getByText('canbo')).toBeInTheDocument();
    expect(screen.getByText('canbo@congdoan.example')).toBeInTheDocument();
    expect(screen.getByText('Công đoàn Viên chức tỉnh Gia Lai')).toBeInTheDocument();
    expect(screen.getByText('Chuyên viên Ban Tổ chức · Cán bộ')).toBeInTheDocument();
    expect(screen.getByText(/luôn được gửi/)).toBeInTheDocument();
  });

  it('turns email off with PATCH /api/me/preferences and says it is done', async () => {
    const sent: unknown[] = [];
    const fetchMock = api((body) => {
      sent.push(body);
      return { body: { ...ME, emailNotifications: body.emailNotifications } };
    });
    show();
    const toggle = await screen.findByRole('switch', { name: 'Nhận thông báo qua email' });
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    fireEvent.click(toggle);
    expect(await screen.findByText('Đã tắt nhận thông báo qua email.')).toBeInTheDocument();
    expect(sent).toEqual([{ emailNotifications: false }]);
    expect(fetchMock).toHaveBeenCalledWith('/api/me/preferences', expect.objectContaining({ method: 'PATCH' }));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Nhận thông báo qua email' })).toHaveAttribute('aria-checked', 'false'));
  });

  it("shows the server's refusal next to the switch, which stays as it was", async () => {
    api(() => ({ status: 422, body: { statusCode: 422, error: 'PREFERENCE_REFUSED', message: 'Không thể tắt email lúc này', messageEn: 'Email cannot be turned off now' } }));
    show();
    fireEvent.click(await screen.findByRole('switch', { name: 'Nhận thông báo qua email' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa lưu được tùy chọn: Không thể tắt email lúc này');
    expect(screen.getByRole('switch', { name: 'Nhận thông báo qua email' })).toHaveAttribute('aria-checked', 'true');
  });
});
