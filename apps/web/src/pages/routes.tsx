import type { ReactElement } from 'react';
import { CalendarPage } from './admin/CalendarPage';
import { StandInsPage } from './admin/StandInsPage';
import { UsersPage } from './admin/UsersPage';
import { CasePage } from './case/CasePage';
import { CasesListPage } from './cases-list/CasesListPage';
import { DocumentRegisterPage } from './documents/DocumentRegisterPage';
import { InboxPage } from './inbox/InboxPage';
import { NotYetPage } from './NotYetPage';
import { OrgUnitsPage } from './org-units/OrgUnitsPage';
import { ProfilePage } from './profile/ProfilePage';
import { ReportsPage } from './reports/ReportsPage';
import { StartCasePage } from './start/StartCasePage';
import { StartCatalogPage } from './start/StartCatalogPage';

/** Every page inside the frame, by path. Each page lives in its own file. */
export const PAGES: { path: string; element: ReactElement }[] = [
  { path: '/', element: <InboxPage /> },
  { path: '/cases', element: <CasesListPage /> },
  { path: '/cases/:id', element: <CasePage /> },
  { path: '/start', element: <StartCatalogPage /> },
  { path: '/start/:procedureCode', element: <StartCasePage /> },
  { path: '/reports', element: <ReportsPage /> },
  { path: '/documents', element: <DocumentRegisterPage /> },
  { path: '/org-units', element: <OrgUnitsPage /> },
  { path: '/org-units/:id', element: <OrgUnitsPage /> },
  { path: '/admin/calendar', element: <CalendarPage /> },
  { path: '/admin/users', element: <UsersPage /> },
  { path: '/admin/stand-ins', element: <StandInsPage /> },
  { path: '/profile', element: <ProfilePage /> },
  { path: '*', element: <NotYetPage title="Không tìm thấy trang / page not found" /> },
];
