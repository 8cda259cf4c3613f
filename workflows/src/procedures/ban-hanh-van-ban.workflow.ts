import type { CaseStart, IssuedDecision, Person } from '@congdoan/contracts';
import { BAN_HANH_VAN_BAN as P, type IssuanceData, stepOf } from '@congdoan/domain';
import { openCase } from '../engine/case-runtime';
import { type CaseOutcome, closeCase } from '../engine/close-case';
import { issueDocument } from '../engine/documents';
import { humanStep } from '../engine/human-step';
import type { StepDecision } from '../engine/open-step';

/** The drafter and the signer as the API resolved them at intake. */
type Issuance = IssuanceData & { drafter: Person; signer: Person; corrected?: { numberText: string; issuedOn: string; summary: string } };

/**
 * Ban hành văn bản (domain §8; NĐ 30/2020 Art. 10–19): the drafter drafts; the signer approves the draft; the head of
 * the drafting unit checks the content and the văn thư the format, and any change they ask for goes back through the
 * drafter to the signer (Art. 11); the signer signs; the văn thư numbers and dates it by the next working day and
 * dispatches it the same day (urgent: at once), then files the original. A correction of form is a công văn đính
 * chính; of content, a replacement document.
 */
export async function banHanhVanBan(start: CaseStart): Promise<CaseOutcome> {
  const c = await openCase(start);
  const data = start.data as unknown as Issuance;

  let from = start.receivedAt;
  let signed: StepDecision | undefined;
  while (!signed) {
    const draft = await humanStep(c, stepOf(P, 'soan-thao'), { from, assignee: data.drafter });
    if (draft.action === 'withdraw') return closeCase(c, 'WITHDRAWN', draft);
    const approval = await humanStep(c, stepOf(P, 'duyet-du-thao'), { from: draft.date, assignee: data.signer });
    from = approval.date;
    if (approval.action === 'return') continue;
    const content = await humanStep(c, stepOf(P, 'kiem-tra-noi-dung'), { from });
    from = content.date;
    if (content.action === 'return') continue;
    const format = await humanStep(c, stepOf(P, 'kiem-tra-the-thuc'), { from });
    from = format.date;
    if (format.action === 'return') continue;
    const signing = await humanStep(c, stepOf(P, 'ky-ban-hanh'), { from, assignee: data.signer });
    from = signing.date;
    if (signing.action === 'sign') signed = signing;
  }

  // Numbered and dated by the văn thư by the next working day after signature (Art. 15(2)).
  const signature = signed;
  const formatCorrection = data.corrects?.kind === 'format';
  let issued: IssuedDecision | undefined;
  const vaoSo = await humanStep(c, stepOf(P, 'vao-so'), {
    from: signature.date,
    beforeClose: async (d) => {
      issued = await issueDocument(c, d, {
        kind: formatCorrection ? 'cv-dinh-chinh' : 'van-ban',
        typeCode: formatCorrection ? 'CV' : data.documentType,
        secret: data.secret ?? false,
        signer: signature.by,
        ...(data.corrects?.kind === 'content' ? { replacesDocumentId: data.corrects.documentId } : {}),
        ...(formatCorrection && data.corrects ? { correctsDocumentId: data.corrects.documentId } : {}),
        details: {
          signingMode: signature.data?.signingMode,
          ...(signature.data?.principalTitle ? { principalTitle: signature.data.principalTitle } : {}),
          ...(data.corrected ? { corrects: data.corrected } : {}),
        },
      });
    },
  });
  // Dispatched the day it is numbered, by the next working day at the latest; an urgent one at once (Art. 18(1)).
  const dispatch = await humanStep(c, stepOf(P, 'phat-hanh'), { from: vaoSo.date, period: { amount: data.urgent ? 0 : 1, unit: 'working_days' } });
  await c.apply({ events: [{ eventKey: 'archived', kind: 'archived', actor: dispatch.by, data: { numberText: (issued as IssuedDecision).numberText } }] });
  return closeCase(c, 'ISSUED', dispatch, (issued as IssuedDecision).numberText);
}
