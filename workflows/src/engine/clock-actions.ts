import type { ActRequest } from '@congdoan/contracts';
import { type Action, isPaused } from '@congdoan/domain';
import type { OpenStep } from './open-step';

export const CLOCK_ACTIONS: readonly Action[] = ['extend', 'suspend', 'resume'];

/** Why the clock may not change as asked ("tiếng Việt / English"), or undefined when it may. Pure: used by a validator. */
export function clockRefusal(step: OpenStep, request: ActRequest): string | undefined {
  const paused = isPaused(step.clock);
  if (request.action === 'extend') {
    const rule = step.def.clockRules?.extensions;
    const amount = request.data?.amount;
    if (!rule) return 'Bước này không được gia hạn / this step cannot be extended';
    if (paused) return 'Đang tạm đình chỉ: hãy tiếp tục giải quyết trước khi gia hạn / the clock is suspended: resume it first';
    if (step.clock.extensions.length >= rule.max) return `Đã gia hạn tối đa ${rule.max} lần / at most ${rule.max} extensions`;
    if (!Number.isInteger(amount) || (amount as number) < 1 || (amount as number) > rule.maxAmount) {
      return `Mỗi lần gia hạn từ 1 đến ${rule.maxAmount} ngày (data.amount) / an extension is 1 to ${rule.maxAmount} days`;
    }
    if (!request.comment?.trim()) return 'Gia hạn phải nêu lý do (comment) / an extension needs its reason';
  }
  if (request.action === 'suspend') {
    if (paused) return 'Thời hạn đang tạm đình chỉ / the clock is already suspended';
    if (!request.comment?.trim()) return 'Tạm đình chỉ phải nêu căn cứ (comment) / a suspension needs its legal ground';
  }
  if (request.action === 'resume' && !paused) return 'Thời hạn không bị tạm đình chỉ / the clock is not suspended';
  return undefined;
}

/** Writes the change into the step's clock ledger (the due date follows from it). Returns the ledger entry's number. */
export function changeClock(step: OpenStep, request: ActRequest, today: string): number {
  const { clock } = step;
  if (request.action === 'extend') {
    clock.extensions.push({ amount: request.data?.amount as number, reason: request.comment as string, decisionRef: request.data?.decisionRef });
  } else if (request.action === 'suspend') {
    clock.pauses.push({ from: today, reason: request.comment as string });
  } else {
    const open = clock.pauses.find((p) => p.to === undefined);
    if (open) open.to = today; // the days from the suspension up to today are not counted; today is
  }
  return clock.extensions.length + clock.pauses.length + clock.pauses.filter((p) => p.to !== undefined).length;
}
