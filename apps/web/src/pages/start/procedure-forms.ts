import type { ComponentType } from 'react';
import type { CaseFormProps } from './case-form-props';
import { FoundingForm } from './FoundingForm';

/** The procedures whose intake form exists; the catalog shows the others without a start button. */
export const CASE_FORMS: Readonly<Record<string, ComponentType<CaseFormProps> | undefined>> = {
  'thanh-lap-cdcs': FoundingForm,
};
