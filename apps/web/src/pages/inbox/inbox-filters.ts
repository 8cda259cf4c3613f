import { useSearchParams } from 'react-router';
import type { DeadlineState } from '../../api/types';
import type { InboxFilters } from './inbox-api';
import { STATES } from './StateCards';

/** The inbox's filters live in the URL (`?procedureCode=&state=`), so a filtered view can be bookmarked and shared. */
export function useInboxFilters() {
  const [params, setParams] = useSearchParams();
  const state = params.get('state');
  const filters: InboxFilters = {
    procedureCode: params.get('procedureCode') || undefined,
    state: STATES.includes(state as DeadlineState) ? (state as DeadlineState) : undefined,
  };
  const set = (changes: Partial<Record<keyof InboxFilters, string | undefined>>) =>
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
