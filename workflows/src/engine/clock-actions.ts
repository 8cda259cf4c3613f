import type { ActRequest } from '@congdoan/contracts';
import { type Action, TC_SUSPENSION_GROUNDS, extensionsAllowed, isPaused, tcSuspensionGround } from '@congdoan/domain';
import type { OpenStep } from './open-step';

export const CLOCK_ACTIONS: readonly Action[] = ['extend', 'suspend', 'resume'];

/** Why the clock may not change as asked ("tiếng Việt / English"), or undefined when it may. Pure: used by a validator. */
export function clockRefusal(step: OpenStep, request: ActRequest): string | undefined {
  const paused = isPaused(step.clock);
  if (request.action === 'extend') return extensionRefusal(step, request, paused);
  if (request.action === 'suspend') {
    if (paused) return 'Thời hạn đang tạm đình chỉ / the clock is already suspended';
    if (!request.comment?.trim()) return 'Tạm đình chỉ phải nêu căn cứ (comment) / a suspension needs its legal ground';
    // Where the law lists the grounds (a denunciation: Luật TC Art. 34(1)), one of them must be named.
    if (step.def.clockRules?.extensions?.byComplexity && !tcSuspensionGround(request.data?.ground)) {
      const codes = TC_SUSPENSION_GROUNDS.map((g) => g.code).join(', ');
      return `Tạm đình chỉ phải nêu một căn cứ tại Luật Tố cáo 2018 Điều 34 khoản 1 (data.ground: ${codes}) / name the Art. 34(1) ground`;
    }
  }
  if (request.action === 'resume' && !paused) return 'Thời hạn không bị tạm đình chỉ / the clock is not suspended';
  return undefined;
}

function extensionRefusal(step: OpenStep, request: ActRequest, paused: boolean): string | undefined {
  const rule = step.def.clockRules?.extensions;
  const amount = request.data?.amount;
  if (!rule) return 'Bước này không được gia hạn / this step cannot be extended';
  if (paused) return 'Đang tạm đình chỉ: hãy tiếp tục giải quyết trước khi gia hạn / the clock is suspended: resume it first';
  const done = step.clock.extensions.length;
  if (done >= rule.max) return `Đã gia hạn tối đa ${rule.max} lần (${rule.rule}) / at most ${rule.max} extensions (${rule.rule})`;
  if (rule.byComplexity) {
    const criteria = request.data?.criteria ?? [];
    const allowed = extensionsAllowed(criteria);
    if (allowed === 0) {
      return `Chỉ được gia hạn khi vụ việc phức tạp: nêu ít nhất một tiêu chí tại NĐ 31/2019/NĐ-CP Điều 3 (data.criteria) / an extension needs at least one complexity criterion of Decree 31/2019 Art. 3`;
    }
    if (done >= allowed) {
      return (
        `Vụ việc có ${allowed} tiêu chí phức tạp nên chỉ được gia hạn ${allowed} lần (vụ việc đặc biệt phức tạp, từ 2 tiêu chí, được gia hạn 2 lần; ${rule.rule}); đã gia hạn ${done} lần / ` +
        `a case meeting ${allowed} complexity criterion may be extended ${allowed} time(s) (2 for two or more criteria); already extended ${done}`
      );
    }
  }
  if (!Number.isInteger(amount) || (amount as number) < 1 || (amount as number) > rule.maxAmount) {
    return `Mỗi lần gia hạn từ 1 đến ${rule.maxAmount} ngày (data.amount; ${rule.rule}) / an extension is 1 to ${rule.maxAmount} days`;
  }
  if (!request.comment?.trim()) return 'Gia hạn phải nêu lý do (comment) / an extension needs its reason';
  return undefined;
}

/** Writes the change into the step's clock ledger (the due date follows from it). Returns the ledger entry's number. */
export function changeClock(step: OpenStep, request: ActRequest, today: string, decisionRef?: string): number {
  const { clock } = step;
  if (request.action === 'extend') {
    const ref = decisionRef ?? request.data?.decisionRef;
    clock.extensions.push({ amount: request.data?.amount as number, reason: request.comment as string, ...(ref ? { decisionRef: ref } : {}) });
  } else if (request.action === 'suspend') {
    clock.pauses.push({ from: today, reason: request.comment as string, ...(decisionRef ? { decisionRef } : {}) });
  } else {
    const open = clock.pauses.find((p) => p.to === undefined);
    if (open) {
      open.to = today; // the days from the suspension up to today are not counted; today is
      if (decisionRef) open.resumeRef = decisionRef;
    }
  }
  return clock.extensions.length + clock.pauses.length + clock.pauses.filter((p) => p.to !== undefined).length;
}
