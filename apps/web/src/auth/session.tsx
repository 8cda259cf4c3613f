import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { api, session } from '../api/client';
import type { LoginResult, Me, Role } from '../api/types';

interface Session {
  me: Me | undefined;
  loading: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): void;
  hasRole(role: Role): boolean;
}

const SessionContext = createContext<Session | null>(null);

/** The signed-in user (GET /api/me), kept by React Query; no token, no user. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  // The token is state, so signing in or out re-renders everything that depends on who is signed in.
  const [token, setToken] = useState(session.token);
  const me = useQuery({ queryKey: ['me', token], queryFn: () => api<Me>('/me'), enabled: !!token, retry: false });

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await api<LoginResult>('/auth/login', { method: 'POST', body: { username, password } });
      queries.clear();
      session.save(result.accessToken);
      await queries.fetchQuery({ queryKey: ['me', result.accessToken], queryFn: () => api<Me>('/me') });
      setToken(result.accessToken);
    },
    [queries],
  );
  const logout = useCallback(() => {
    session.clear();
    queries.clear();
    setToken(null);
  }, [queries]);

  const value = useMemo<Session>(
    () => ({
      me: token ? me.data : undefined,
      loading: !!token && me.isLoading,
      login,
      logout,
      hasRole: (role) => !!me.data?.units.some((u) => u.roles.some((r) => r.role === role)),
    }),
    [token, me.data, me.isLoading, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
