import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CommitteeSeat } from '../../api/types';

const seatsOf = (body: unknown): CommitteeSeat[] =>
  Array.isArray(body) ? (body as CommitteeSeat[]) : Array.isArray((body as { items?: unknown })?.items) ? (body as { items: CommitteeSeat[] }).items : [];

/** The unit's committee on a day (`GET /api/org-units/:id/committee?on=`): everyone on the BCH, BTV and UBKT. */
export function useCommittee(unitId: string | undefined, on: string) {
  return useQuery({
    queryKey: ['org-unit-committee', unitId, on],
    queryFn: async () => seatsOf(await api<unknown>(`/org-units/${unitId}/committee?on=${on}`)),
    enabled: !!unitId,
  });
}
