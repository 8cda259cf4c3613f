import type { ComponentType } from 'react';
import type { CaseFormProps } from './case-form-props';
import { ComplaintForm } from './ComplaintForm';
import { DenunciationForm } from './DenunciationForm';
import { FoundingForm } from './FoundingForm';

/** The procedures whose intake form exists; the catalog shows the others without a start button. */
export const CASE_FORMS: Readonly<Record<string, ComponentType<CaseFormProps> | undefined>> = {
  'thanh-lap-cdcs': FoundingForm,
  'khieu-nai': ComplaintForm,
  'to-cao': DenunciationForm,
};
