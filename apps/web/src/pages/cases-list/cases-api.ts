import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CaseSummary, Page } from '../../api/types';
import { useUrlFilters } from '../../components/use-url-filters';

export interface CaseFilters {
  q?: string;
  procedureCode?: string;
  status?: string;
}

const PAGE_SIZE = 25;

/** The filters live in the URL (`?q=&procedureCode=&status=`), so a search can be bookmarked and shared. */
export function useCaseFilters() {
  const { params, set } = useUrlFilters<keyof CaseFilters>();
  const filters: CaseFilters = {
    q: params.get('q') || undefined,
    procedureCode: params.get('procedureCode') || undefined,
    status: params.get('status') || undefined,
  };
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
