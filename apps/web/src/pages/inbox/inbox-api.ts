import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { DeadlineState, Page, Task } from '../../api/types';

/** GET /api/tasks/summary: the caller's open steps counted (total and states narrowed by procedure, if one is chosen). */
export interface InboxSummary {
  total: number;
  byState: Record<DeadlineState, number>;
  byProcedure: { procedureCode: string; count: number }[];
}

export interface InboxFilters {
  procedureCode?: string;
  state?: DeadlineState;
}

const PAGE_SIZE = 25;

const query = (entries: Record<string, string | undefined>) => {
  const params = new URLSearchParams(Object.entries(entries).filter((e): e is [string, string] => !!e[1]));
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** The inbox, overdue first, a page at a time ("Xem thêm" follows nextCursor). */
export function useInbox(filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: ['tasks', 'inbox', filters],
    queryFn: ({ pageParam }) =>
      api<Page<Task>>(`/tasks${query({ procedureCode: filters.procedureCode, state: filters.state, limit: String(PAGE_SIZE), cursor: pageParam ?? undefined })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useInboxSummary(procedureCode: string | undefined) {
  return useQuery({
    queryKey: ['tasks', 'summary', procedureCode ?? null],
    queryFn: () => api<InboxSummary>(`/tasks/summary${query({ procedureCode })}`),
    placeholderData: (previous) => previous, // the cards keep their numbers while the new ones load
  });
}

/** Where a step is worked on: the case page, told which task (and, from an action button, which action) to open. */
export const taskLink = (task: Pick<Task, 'id' | 'caseId'>, action?: string) =>
  `/cases/${task.caseId}${query({ task: task.id, action })}`;
