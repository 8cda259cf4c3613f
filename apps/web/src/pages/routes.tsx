import type { ReactElement } from 'react';
import { InboxPage } from './inbox/InboxPage';
import { NotYetPage } from './NotYetPage';
import { StartCasePage } from './start/StartCasePage';
import { StartCatalogPage } from './start/StartCatalogPage';

/** Every page inside the frame, by path. Each page lives in its own file. */
export const PAGES: { path: string; element: ReactElement }[] = [
  { path: '/', element: <InboxPage /> },
  { path: '/cases', element: <NotYetPage title="Hồ sơ" /> },
  { path: '/cases/:id', element: <NotYetPage title="Hồ sơ" /> },
  { path: '/start', element: <StartCatalogPage /> },
  { path: '/start/:procedureCode', element: <StartCasePage /> },
  { path: '/reports', element: <NotYetPage title="Báo cáo" /> },
  { path: '/admin/calendar', element: <NotYetPage title="Lịch nghỉ lễ" /> },
  { path: '/admin/users', element: <NotYetPage title="Người dùng" /> },
  { path: '/admin/stand-ins', element: <NotYetPage title="Ủy quyền" /> },
  { path: '/profile', element: <NotYetPage title="Tài khoản" /> },
  { path: '*', element: <NotYetPage title="Không tìm thấy trang / page not found" /> },
];
