import type { CaseView, CatalogProcedure } from '../../api/types';

/** What every procedure's intake form gets, and tells back once the case is opened. */
export interface CaseFormProps {
  procedure: CatalogProcedure;
  onCreated: (created: CaseView) => void;
}
