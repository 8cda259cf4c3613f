import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { RegisterEntry, RegisterPage } from '../../api/types';

export const registerQuery = (issuerUnitId: string, year: number, typeCode?: string) =>
  new URLSearchParams({ issuerUnitId, year: String(year), ...(typeCode ? { typeCode } : {}) }).toString();

/**
 * The sổ văn bản of an issuer and a year (`GET /api/documents/register`), optionally of one type, 200 lines a page:
 * `entries` are the pages read so far, `more()` reads the next.
 */
export function useRegister(issuerUnitId: string | undefined, year: number, typeCode?: string, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: ['document-register', issuerUnitId, year, typeCode ?? ''],
    queryFn: ({ pageParam }) =>
      api<RegisterPage>(`/documents/register?${registerQuery(issuerUnitId ?? '', year, typeCode)}&format=json&limit=200${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: enabled && !!issuerUnitId,
  });
  const entries: RegisterEntry[] | undefined = query.data?.pages.flatMap((p) => p.items ?? []);
  return { ...query, entries };
}
