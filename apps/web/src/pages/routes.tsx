import type { ReactElement } from 'react';
import { NotYetPage } from './NotYetPage';

/** Every page inside the frame, by path. Each page lives in its own file. */
export const PAGES: { path: string; element: ReactElement }[] = [
  { path: '/', element: <NotYetPage title="Việc cần xử lý" /> },
  { path: '/cases', element: <NotYetPage title="Hồ sơ" /> },
  { path: '/cases/:id', element: <NotYetPage title="Hồ sơ" /> },
  { path: '/start', element: <NotYetPage title="Khởi tạo hồ sơ" /> },
  { path: '/start/:procedureCode', element: <NotYetPage title="Khởi tạo hồ sơ" /> },
  { path: '/reports', element: <NotYetPage title="Báo cáo" /> },
  { path: '/admin/calendar', element: <NotYetPage title="Lịch nghỉ lễ" /> },
  { path: '/admin/users', element: <NotYetPage title="Người dùng" /> },
  { path: '/admin/stand-ins', element: <NotYetPage title="Ủy quyền" /> },
  { path: '/profile', element: <NotYetPage title="Tài khoản" /> },
  { path: '*', element: <NotYetPage title="Không tìm thấy trang / page not found" /> },
];
