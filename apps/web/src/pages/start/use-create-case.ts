import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import type { CaseView } from '../../api/types';
import type { CreateCaseBody } from './founding-request';
import { newIdempotencyKey } from './idempotency-key';

/**
 * `POST /api/cases` with one Idempotency-Key per form fill: a double click, a retry after a lost answer or a 503
 * (recorded, workflow not started yet) all reach the same case. `renewKey` is for a fill the officer declares new.
 */
export function useCreateCase() {
  const [key] = useState(() => ({ value: newIdempotencyKey() }));
  const queries = useQueryClient();
  const mutation = useMutation({
    mutationFn: (body: CreateCaseBody) => api<CaseView>('/cases', { method: 'POST', body, headers: { 'Idempotency-Key': key.value } }),
    // A new case changes the lists and the inbox; let whatever is on screen refetch.
    onSuccess: () => queries.invalidateQueries(),
  });
  return {
    create: mutation.mutateAsync,
    pending: mutation.isPending,
    renewKey: () => {
      key.value = newIdempotencyKey();
    },
  };
}
