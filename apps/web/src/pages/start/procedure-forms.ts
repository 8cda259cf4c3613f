import type { ComponentType } from 'react';
import { AdditionForm } from './AdditionForm';
import type { CaseFormProps } from './case-form-props';
import { CommendationForm } from './CommendationForm';
import { CommitteeForm } from './CommitteeForm';
import { ComplaintForm } from './ComplaintForm';
import { DenunciationForm } from './DenunciationForm';
import { DisciplineForm } from './DisciplineForm';
import { FoundingForm } from './FoundingForm';
import { IssuanceForm } from './IssuanceForm';

/** The procedures whose intake form exists; the catalog shows the others without a start button. */
export const CASE_FORMS: Readonly<Record<string, ComponentType<CaseFormProps> | undefined>> = {
  'thanh-lap-cdcs': FoundingForm,
  'cong-nhan-bch': CommitteeForm,
  'bo-sung-uy-vien': AdditionForm,
  'khen-thuong': CommendationForm,
  'ky-luat': DisciplineForm,
  'khieu-nai': ComplaintForm,
  'to-cao': DenunciationForm,
  'ban-hanh-van-ban': IssuanceForm,
};
