import { type ActRequest, REFUSALS, type Refusal } from '@congdoan/contracts';
import { FINDINGS, type LegalGround } from '@congdoan/domain';

export type ProcedureRefusal = { code: Refusal; message: string } | undefined;

/** A refusal, suspension or termination must name one of the grounds the law lists for it. */
export function groundRefusal(request: ActRequest, grounds: readonly LegalGround[], what: string): ProcedureRefusal {
  if (grounds.some((g) => g.code === request.data?.ground)) return undefined;
  return {
    code: REFUSALS.GROUND_REQUIRED,
    message: `${what} phải nêu căn cứ pháp lý (data.ground: ${grounds.map((g) => g.code).join(', ')}) / ${what.toLowerCase()} needs one of these legal grounds`,
  };
}

/** A resolution says whether the complaint or denunciation was right, and in words what is decided. */
export function findingRefusal(request: ActRequest): ProcedureRefusal {
  if (!FINDINGS.some((f) => f.code === request.data?.finding)) {
    return { code: REFUSALS.FINDING_REQUIRED, message: 'Phải kết luận nội dung là đúng, sai hay đúng một phần (data.finding: dung, sai, dung-mot-phan) / state the finding' };
  }
  if (!request.comment?.trim()) {
    return { code: REFUSALS.REASON_REQUIRED, message: 'Phải ghi nội dung giải quyết, kết luận (comment) / write what is decided' };
  }
  return undefined;
}
