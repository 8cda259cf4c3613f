import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { Me, Role } from '../../api/types';
import { SessionProvider } from '../../auth/session';
import '../../i18n';
import { CasePage } from './CasePage';

/** A fetch answering by path, as the API would: `{ '/api/x': body }` or a function of the request. */
export type Route = { status?: number; body: unknown } | ((init: RequestInit | undefined) => { status?: number; body: unknown });

export function mockApi(routes: Record<string, Route>): jest.Mock {
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const path = Object.keys(routes)
      .sort((a, b) => b.length - a.length)
      .find((p) => url.startsWith(p));
    if (!path) return answer(404, { statusCode: 404, error: 'NOT_FOUND', message: 'Không tìm thấy' });
    const route = routes[path];
    const { status = 200, body } = typeof route === 'function' ? route(init) : route;
    return answer(status, body);
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

/** jsdom has no fetch Response: just what api() reads of one. */
const answer = (status: number, body: unknown) => ({ ok: status < 400, status, text: async () => JSON.stringify(body) }) as unknown as Response;

/** The providers the case page's parts need: React Query (no retries) and Ant Design in Vietnamese. */
export function renderWithProviders(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return {
    client,
    ...render(
      <ConfigProvider locale={viVN}>
        <QueryClientProvider client={client}>
          {ui}
        </QueryClientProvider>
      </ConfigProvider>,
    ),
  };
}

/** The case page at `/cases/:id` (with `search`), signed in, with the session and router it needs. */
export function renderCasePage(id: string, search = '') {
  localStorage.setItem('congdoan.token', 'test-token');
  return renderWithProviders(
    <MemoryRouter initialEntries={[`/cases/${id}${search}`]}>
      <SessionProvider>
        <Routes>
          <Route path="/cases/:id" element={<CasePage />} />
        </Routes>
      </SessionProvider>
    </MemoryRouter>,
  );
}

/** A user of the CĐVC with the given roles, as GET /api/me gives them. */
export function meWith(id: string, fullName: string, ...roles: Role[]): Me {
  return {
    id,
    username: id,
    fullName,
    email: null,
    emailNotifications: true,
    units: [{ id: 'unit-cdvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'provincial-sector', roles: roles.map((role) => ({ role, title: null })) }],
  };
}
