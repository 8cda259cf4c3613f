import type { DeadlineState } from '../../api/types';
import type { InboxFilters } from './inbox-api';
import { STATES } from './StateCards';
import { useUrlFilters } from '../../components/use-url-filters';

/** The inbox's filters live in the URL (`?procedureCode=&state=`), so a filtered view can be bookmarked and shared. */
export function useInboxFilters() {
  const { params, set } = useUrlFilters<keyof InboxFilters>();
  const state = params.get('state');
  const filters: InboxFilters = {
    procedureCode: params.get('procedureCode') || undefined,
    state: STATES.includes(state as DeadlineState) ? (state as DeadlineState) : undefined,
  };
  return { filters, set };
}
