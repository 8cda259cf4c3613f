import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError, session } from './api/client';
import { SessionProvider } from './auth/session';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/LoginPage';
import { PAGES } from './pages/routes';

// Retries only what a retry can fix (the network, a 503); a 4xx is an answer.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => count < 2 && error instanceof ApiError && (error.isNetwork || error.status >= 500),
      refetchOnWindowFocus: true,
    },
  },
});
session.onUnauthorized(() => {
  queryClient.clear();
  if (window.location.pathname !== '/login') window.location.assign('/login');
});

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={{ token: { colorPrimary: '#1d3f8f', fontSize: 15 } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionProvider>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route element={<AppLayout />}>
                  {PAGES.map((p) => (
                    <Route key={p.path} path={p.path} element={p.element} />
                  ))}
                </Route>
              </Routes>
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
