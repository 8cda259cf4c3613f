import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { CaseSummary, Page } from '../../api/types';

export interface CaseFilters {
  q?: string;
  procedureCode?: string;
  status?: string;
}

const PAGE_SIZE = 25;

/** The filters live in the URL (`?q=&procedureCode=&status=`), so a search can be bookmarked and shared. */
export function useCaseFilters() {
  const [params, setParams] = useSearchParams();
  const filters: CaseFilters = {
    q: params.get('q') || undefined,
    procedureCode: params.get('procedureCode') || undefined,
    status: params.get('status') || undefined,
  };
  const set = (changes: Partial<Record<keyof CaseFilters, string | undefined>>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return { filters, set };
}

/** GET /api/cases: the cases the user may see, newest first, a page at a time ("Xem thêm" follows nextCursor). */
export function useCases(filters: CaseFilters) {
  return useInfiniteQuery({
    queryKey: ['cases', 'list', filters],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(
        Object.entries({ ...filters, limit: String(PAGE_SIZE), cursor: pageParam ?? undefined }).filter((e): e is [string, string] => !!e[1]),
      );
      return api<Page<CaseSummary>>(`/cases?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
