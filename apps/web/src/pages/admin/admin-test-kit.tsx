import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { Me, Role } from '../../api/types';
import { SessionProvider } from '../../auth/session';
import '../../i18n';

/** The button whose text is `name` (role queries are slow on large Ant Design pages). */
export const buttonNamed = (name: string | RegExp, container: ParentNode = document.body) =>
  [...container.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''))) as HTMLButtonElement;

/** An answer of the mocked API: a JSON body, or a file with its headers. */
export interface MockAnswer {
  status?: number;
  body?: unknown;
  file?: { text: string; headers: Record<string, string> };
}
export type MockRoute = MockAnswer | ((url: string, init: RequestInit | undefined) => MockAnswer);

/** `global.fetch` answering by path (the longest matching prefix wins, so `/api/x.csv` beats `/api/x`). */
export function mockApi(routes: Record<string, MockRoute>): jest.Mock {
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const path = Object.keys(routes)
      .sort((a, b) => b.length - a.length)
      .find((p) => url.startsWith(p));
    const route = path ? routes[path] : { status: 404, body: { statusCode: 404, error: 'NOT_FOUND', message: 'Không tìm thấy' } };
    return respond(typeof route === 'function' ? route(url, init) : route);
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

/** jsdom has no fetch Response: just what api() and downloadFile() read of one. */
function respond({ status = 200, body, file }: MockAnswer): Response {
  const text = file ? file.text : JSON.stringify(body ?? null);
  const headers = new Map(Object.entries(file?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    ok: status < 400,
    status,
    text: async () => text,
    blob: async () => new Blob([text]),
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
  } as unknown as Response;
}

/** The signed-in user of a test: one unit, the given roles. */
export const meWith = (roles: Role[]): Me => ({
  id: 'me-id',
  username: roles.includes('admin') ? 'admin' : 'chutich',
  fullName: roles.includes('admin') ? 'Quản trị viên' : 'Nguyễn Văn Hùng',
  email: null,
  emailNotifications: true,
  units: [{ id: 'unit-cdvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'upper-grassroots', roles: roles.map((role) => ({ role, title: null })) }],
});

/** A page as the app shows it: signed in (the session reads /api/me), Vietnamese Ant Design, React Query, a router. */
export function renderPage(ui: ReactElement, path = '/') {
  localStorage.setItem('congdoan.token', 'test-token');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ConfigProvider locale={viVN}>
      <App>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={[path]}>
            <SessionProvider>{ui}</SessionProvider>
          </MemoryRouter>
        </QueryClientProvider>
      </App>
    </ConfigProvider>,
  );
}
