import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Procedure } from '../../api/types';

/** The procedure catalog (GET /api/procedures), which changes only with a release: read once per session. */
export function useProcedures() {
  const catalog = useQuery({ queryKey: ['procedures'], queryFn: () => api<Procedure[]>('/procedures'), staleTime: Infinity });
  const names = new Map((catalog.data ?? []).map((p) => [p.code, p.name]));
  return {
    procedures: catalog.data ?? [],
    /** the procedure's name, or its code while the catalog loads (or failed) */
    nameOf: (code: string) => names.get(code) ?? code,
    /** a step's definition (its actions' own wording), once the catalog is loaded */
    stepOf: (code: string, key: string) => catalog.data?.find((p) => p.code === code)?.steps.find((s) => s.key === key),
  };
}
