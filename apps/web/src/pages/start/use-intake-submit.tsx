import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { CaseView } from '../../api/types';
import type { CreateCaseBody } from './founding-request';
import { showFieldProblems } from './server-field-errors';
import { type Refusal, SubmitRefusal } from './SubmitRefusal';
import { useCreateCase } from './use-create-case';

/**
 * The submit of an intake form: `POST /api/cases` with one Idempotency-Key per fill; a refusal keeps what was typed,
 * puts each problem the server names under its input (a 400, or a 422 that names fields) and says the rest above.
 */
export function useIntakeSubmit<V>(
  form: FormInstance<V>,
  build: (values: V) => CreateCaseBody,
  onCreated: (created: CaseView) => void,
  /** a refusal, after it is shown: a form may offer what the rule allows (the upper union's consent) */
  onRefused?: (error: unknown) => void,
) {
  const { i18n } = useTranslation();
  const { create, pending, renewKey } = useCreateCase();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = async (values: V) => {
    if (pending) return;
    setRefusal(null);
    try {
      onCreated(await create(build(values)));
    } catch (error) {
      const named = error instanceof ApiError && (error.status === 400 || error.status === 422) && !!error.body?.details?.length;
      const problems = named ? showFieldProblems(form, error, i18n.language) : { placed: 0, unplaced: [] };
      // A 422 is a rule of the law (a closed window, a head of unit accused): its own words lead, the fields follow.
      setRefusal({ error, ...(error instanceof ApiError && error.status === 422 ? { ...problems, placed: 0 } : problems) });
      onRefused?.(error);
    }
  };

  const alert = refusal ? (
    <SubmitRefusal
      refusal={refusal}
      onResend={() => form.submit()}
      onSendAsNew={() => {
        renewKey();
        form.submit();
      }}
    />
  ) : null;

  return { submit, pending, alert };
}
