import { condition } from '@temporalio/workflow';
import type { HoldReason } from '@congdoan/contracts';
import { caseActivities } from './activities';
import type { CaseRuntime } from './case-runtime';

/** A safety net: if a closing case's signal was missed (it closed while this one was placing its hold), look again daily. */
const RECHECK = '1 day';

/** Why a procedure holds a commendation, as the case page says it (without the other case's code: it may be confidential). */
const HOLD_LABELS: Record<string, string> = {
  'ky-luat': 'đang trong thời gian xem xét kỷ luật',
  'khieu-nai': 'đang có đơn khiếu nại liên quan chưa giải quyết xong',
  'to-cao': 'đang bị tố cáo, vụ việc chưa giải quyết xong',
};

/**
 * No commendation while a nominee is under discipline review or party to a pending complaint or denunciation (NĐ
 * 152/2025 Art. 4): the case is ON_HOLD, with the reason shown, until those cases close. The read model knows which
 * cases are open; each closing case signals the ones it held (close-case.ts).
 */
export async function waitWhileHeld(c: CaseRuntime, people: { fullName: string; userId?: string }[], stage: string): Promise<void> {
  let holds = await caseActivities.placeHolds({ caseId: c.start.caseId, people });
  if (holds.length === 0) return;
  const statusBefore = c.status;
  c.status = 'ON_HOLD';
  await c.apply({
    caseUpdate: { status: 'ON_HOLD' },
    events: [{ eventKey: `hold:${stage}:placed`, kind: 'hold_placed', data: { holds: describe(holds) } }],
  });
  c.projected++; // the action that led here is answered now: the case's next state is ON_HOLD, not a step
  while (holds.length > 0) {
    const seen = c.holdSignals;
    await condition(() => c.holdSignals > seen, RECHECK);
    holds = await caseActivities.placeHolds({ caseId: c.start.caseId, people });
  }
  c.status = statusBefore;
  await c.apply({
    caseUpdate: { status: statusBefore },
    events: [{ eventKey: `hold:${stage}:released`, kind: 'hold_released', data: {} }],
  });
}

function describe(holds: HoldReason[]): { nominee: string; procedureCode: string; reason: string }[] {
  return holds.map((h) => ({ nominee: h.nominee, procedureCode: h.procedureCode, reason: `${h.nominee} ${HOLD_LABELS[h.procedureCode] ?? 'đang có vụ việc chưa kết thúc'}` }));
}
