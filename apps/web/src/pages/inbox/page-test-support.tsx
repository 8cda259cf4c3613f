// Test support for the page specs (not part of the app): the providers a page needs and an API answered by a function.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import '../../i18n';

export interface Reply {
  status?: number;
  body?: unknown;
}

/** Replaces fetch: `answer` gets the path after /api (with its query) and the request, and returns the reply. */
export function mockApi(answer: (path: string, init: RequestInit) => Reply | undefined) {
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = String(input).replace(/^\/api/, '');
    const reply = answer(path, init) ?? { status: 404, body: { statusCode: 404, error: 'NOT_FOUND', message: `không có ${path}` } };
    const status = reply.status ?? 200;
    return { ok: status < 400, status, text: async () => (reply.body === undefined ? '' : JSON.stringify(reply.body)), headers: new Headers() } as unknown as Response;
  });
  global.fetch = fetchMock;
  return fetchMock;
}

/** The paths fetched so far, in order. */
export const requested = (fetchMock: jest.Mock) => fetchMock.mock.calls.map(([input]) => String(input).replace(/^\/api/, ''));

function Where() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders a page at `url` inside the app's providers; `location` shows where the router is now. */
export function renderPage(page: ReactElement, url = '/', path = '/') {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <QueryClientProvider client={queries}>
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route path={path} element={page} />
              <Route path="*" element={null} />
            </Routes>
            <Where />
          </MemoryRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
}

/** Makes Ant Design's breakpoints see a wide screen (jsdom matches no media query: a phone); returns the undo. */
export function wideScreen(): () => void {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => ({ ...original(query), matches: query.includes('min-width') });
  return () => {
    window.matchMedia = original;
  };
}
