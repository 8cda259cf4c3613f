import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { CatalogProcedure, Me } from '../../api/types';
import { SessionProvider } from '../../auth/session';
import { NEW_PROCEDURES, ORG_UNITS } from './procedure-fixtures';
import { StartCasePage } from './StartCasePage';
import { StartCatalogPage } from './StartCatalogPage';

// Test support for the /start pages: API-shaped answers behind a mocked fetch, and the pages in their providers.

export const UNIT_ID = '0b8f5c1e-6a51-4d1e-9a53-8f0c2a7d4e11';

export const ME: Me = {
  id: 'u-canbo',
  username: 'canbo',
  fullName: 'Trần Thị Cán Bộ',
  email: null,
  emailNotifications: true,
  units: [{ id: UNIT_ID, name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'provincial-sector', roles: [{ role: 'officer', title: 'Chuyên viên Ban Tổ chức' }] }],
};

export const FOUNDING: CatalogProcedure = {
  code: 'thanh-lap-cdcs',
  name: 'Thành lập công đoàn cơ sở, công nhận đoàn viên, CĐCS và Ban Chấp hành',
  version: 1,
  steps: [
    { key: 'kiem-tra-ho-so', name: 'Tiếp nhận, kiểm tra hồ sơ', role: 'officer', deadline: { amount: 5, unit: 'working_days' } },
    { key: 'bo-sung-ho-so', name: 'Chờ bổ sung hồ sơ', role: 'officer', deadline: { amount: 30, unit: 'calendar_days' } },
    { key: 'xet-duyet', name: 'Xét duyệt, quyết định công nhận', role: 'leader', deadline: { amount: 10, unit: 'working_days' } },
    { key: 'ban-hanh-quyet-dinh', name: 'Vào số, ban hành quyết định công nhận', role: 'clerk', deadline: { amount: 1, unit: 'working_days' } },
  ],
  dossier: [
    { key: 'to-trinh', name: 'Tờ trình đề nghị công nhận đoàn viên, CĐCS và Ban Chấp hành', required: true },
    { key: 'bien-ban-dai-hoi', name: 'Biên bản đại hội thành lập công đoàn cơ sở', required: true },
    { key: 'bao-cao-lao-dong', name: 'Báo cáo tình hình sử dụng lao động', required: false },
  ],
};

/** A procedure the engine may list one day before its web form exists. */
export const UNBUILT: CatalogProcedure = {
  code: 'thoi-chuc',
  name: 'Giải quyết đơn xin thôi giữ chức vụ công đoàn',
  version: 1,
  steps: [{ key: 'tiep-nhan', name: 'Tiếp nhận đơn xin thôi chức', role: 'officer', deadline: { amount: 10, unit: 'working_days' } }],
  dossier: [],
};

/** The tố cáo procedure, received by the UBKT. */
export const DENUNCIATION: CatalogProcedure = {
  code: 'to-cao',
  name: 'Giải quyết tố cáo',
  version: 1,
  steps: [{ key: 'xu-ly-ban-dau', name: 'Xử lý ban đầu thông tin tố cáo', role: 'ubkt', deadline: { amount: 7, unit: 'working_days' } }],
  dossier: [
    { key: 'don-to-cao', name: 'Đơn tố cáo hoặc biên bản ghi nhận tố cáo trực tiếp (có chữ ký người tố cáo)', required: true },
    { key: 'tai-lieu-chung-cu', name: 'Tài liệu, chứng cứ kèm theo tố cáo', required: false },
  ],
};

/** The khiếu nại procedure, received by the UBKT. */
export const COMPLAINT: CatalogProcedure = {
  code: 'khieu-nai',
  name: 'Giải quyết khiếu nại',
  version: 1,
  steps: [{ key: 'thu-ly', name: 'Thụ lý hoặc không thụ lý khiếu nại', role: 'ubkt', deadline: { amount: 10, unit: 'working_days' } }],
  dossier: [{ key: 'don-khieu-nai', name: 'Đơn khiếu nại hoặc biên bản ghi nội dung khiếu nại trực tiếp', required: true }],
};

/** A UBKT member of the same unit (who receives complaints and denunciations). */
export const UBKT_ME: Me = {
  ...ME,
  id: 'u-ubkt',
  username: 'ubkt',
  fullName: 'Phạm Thị Lan',
  units: [{ ...ME.units[0], roles: [{ role: 'ubkt', title: 'Ủy viên Ủy ban Kiểm tra' }] }],
};

export interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** One answer: a status and a JSON body, or `'network'` for no answer at all. */
export type Answer = { status: number; body?: unknown } | 'network';
type Responder = (call: Call) => Answer | undefined;

/**
 * Replaces fetch: `/api/me` and `/api/procedures` answer with the fixtures; `route` answers the rest (first match).
 * Returns every call made, in order, with its parsed JSON body (or its FormData).
 */
export function mockApi(route: Responder = () => undefined): Call[] {
  const calls: Call[] = [];
  global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = init?.body;
    const call: Call = {
      method: init?.method ?? 'GET',
      path: String(input).replace(/^\/api/, ''),
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: typeof raw === 'string' ? JSON.parse(raw) : raw,
    };
    calls.push(call);
    const answer: Answer = route(call) ?? fixtures(call) ?? { status: 404, body: { statusCode: 404, error: 'NOT_FOUND', message: 'Không tìm thấy' } };
    if (answer === 'network') throw new TypeError('Failed to fetch');
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    return { status: answer.status, ok: answer.status >= 200 && answer.status < 300, text: async () => text } as Response;
  }) as typeof fetch;
  return calls;
}

function fixtures(call: Call): Answer | undefined {
  if (call.method === 'GET' && call.path === '/me') return { status: 200, body: ME };
  if (call.method === 'GET' && call.path === '/procedures') return { status: 200, body: [FOUNDING, COMPLAINT, DENUNCIATION, UNBUILT, ...NEW_PROCEDURES] };
  if (call.method === 'GET' && call.path === '/org-units') return { status: 200, body: ORG_UNITS };
  return undefined;
}

export const posts = (calls: Call[], path: string) => calls.filter((c) => c.method === 'POST' && c.path === path);

/** The /start pages at `path`, signed in, in Vietnamese, with a stand-in case page to land on. */
export function renderStart(path: string) {
  localStorage.setItem('congdoan.token', 'test-token');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={[path]}>
            <SessionProvider>
              <Routes>
                <Route path="/start" element={<StartCatalogPage />} />
                <Route path="/start/:procedureCode" element={<StartCasePage />} />
                <Route path="/cases/:id" element={<p>Trang hồ sơ</p>} />
              </Routes>
            </SessionProvider>
          </MemoryRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
}
