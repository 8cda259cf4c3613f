import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, createContext, useCallback, useContext, useMemo } from 'react';
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
  const me = useQuery({ queryKey: ['me'], queryFn: () => api<Me>('/me'), enabled: !!session.token(), retry: false });

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await api<LoginResult>('/auth/login', { method: 'POST', body: { username, password } });
      session.save(result.accessToken);
      queries.clear();
      await queries.fetchQuery({ queryKey: ['me'], queryFn: () => api<Me>('/me') });
    },
    [queries],
  );
  const logout = useCallback(() => {
    session.clear();
    queries.clear();
    window.location.assign('/login');
  }, [queries]);

  const value = useMemo<Session>(
    () => ({
      me: session.token() ? me.data : undefined,
      loading: !!session.token() && me.isPending,
      login,
      logout,
      hasRole: (role) => !!me.data?.units.some((u) => u.roles.some((r) => r.role === role)),
    }),
    [me.data, me.isPending, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
