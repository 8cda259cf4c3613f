import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { OrgUnit } from '../api/types';

/** The union hierarchy in force today (`GET /api/org-units`), kept a while: it changes with a founding decision. */
export function useOrgUnits() {
  return useQuery({ queryKey: ['org-units'], queryFn: () => api<{ items: OrgUnit[] }>('/org-units'), staleTime: 10 * 60_000 });
}
