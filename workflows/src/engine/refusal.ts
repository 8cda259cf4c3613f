import { ApplicationFailure } from '@temporalio/workflow';
import type { Refusal } from '@congdoan/contracts';

/** A validator's refusal: the API shows `message` to the user and maps `type` to 409 or 422. */
export function refuse(type: Refusal, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}
