import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CatalogProcedure } from '../../api/types';

/** The procedure catalog (`GET /api/procedures`); it changes only with a new release, so it is kept a while. */
export const useCatalog = () => useQuery({ queryKey: ['procedures'], queryFn: () => api<CatalogProcedure[]>('/procedures'), staleTime: 10 * 60_000 });
