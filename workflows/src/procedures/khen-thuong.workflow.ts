import type { CaseStart, IssuedDecision } from '@congdoan/contracts';
import { type CommendationData, type FieldProblem, KHEN_THUONG as P, type MeetingRecord, meetingProblems, nomineeName, stepOf, voteResults } from '@congdoan/domain';
import { openCase } from '../engine/case-runtime';
import { type CaseOutcome, closeCase } from '../engine/close-case';
import { issueDocument } from '../engine/documents';
import { waitWhileHeld } from '../engine/holds';
import { checkDossier } from '../engine/dossier-check';
import { humanStep } from '../engine/human-step';
import { meetingRefusal, recordBallotResult } from '../engine/meetings';
import { sendNotice } from '../engine/notices';
import type { StepDecision } from '../engine/open-step';

/**
 * Tiếp hồ sơ thi đua, khen thưởng (domain §4). Check (return within 5 working days), appraisal (20 working days of a
 * complete dossier, +10 after consultations), the Hội đồng TĐKT's secret ballot on each nominee, the leader's QĐ for
 * those it passed, copies within 10 working days. No nominee may be commended while under discipline review or party
 * to a pending complaint or denunciation: the case waits ON_HOLD before the appraisal, the council and the signature.
 */
export async function khenThuong(start: CaseStart): Promise<CaseOutcome> {
  const c = await openCase(start);
  const data = start.data as unknown as CommendationData;
  const people = data.nominees.map((n) => ({ fullName: nomineeName(n), ...(n.userId ? { userId: n.userId } : {}) }));

  const checked = await checkDossier(c, P);
  if ('outcome' in checked) return checked.outcome;
  const { check: hoSo, completeFrom: dossierFrom } = checked;
  if (hoSo.action === 'withdraw') return closeCase(c, 'WITHDRAWN', hoSo);
  if (hoSo.action === 'reject') return refused(c, hoSo);
  await sendNotice(c, hoSo, { kind: 'tb-tiep-nhan-ho-so' });

  // The appraisal's 20 working days run from the complete dossier; a return from the signature starts it again.
  let appraisalFrom = dossierFrom;
  for (let round = 1; ; round++) {
    await waitWhileHeld(c, people, `tham-dinh:${round}`);
    const thamDinh = await humanStep(c, stepOf(P, 'tham-dinh'), { from: appraisalFrom });
    if (thamDinh.action === 'reject') return refused(c, thamDinh);

    await waitWhileHeld(c, people, `hoi-dong:${round}`);
    const hoiDong = await humanStep(c, stepOf(P, 'hoi-dong-tdkt'), { from: thamDinh.date, refusal: meetingRefusal((m) => councilProblems(m, people)) });
    const meeting = hoiDong.data?.meeting as MeetingRecord;
    const results = voteResults(meeting);
    const awarded = results.filter((r) => r.passed).map((r) => r.option);
    await recordBallotResult(c, hoiDong, { results, awarded });
    if (awarded.length === 0) return refused(c, hoiDong);

    await waitWhileHeld(c, people, `ky:${round}`);
    const ky = await humanStep(c, stepOf(P, 'ky-quyet-dinh'), { from: hoiDong.date });
    if (ky.action === 'reject') return refused(c, ky);
    if (ky.action === 'return') {
      appraisalFrom = ky.date;
      continue;
    }

    let decision: IssuedDecision | undefined;
    const banHanh = await humanStep(c, stepOf(P, 'ban-hanh-quyet-dinh'), {
      from: ky.date,
      beforeClose: async (d) => {
        decision = await issueDocument(c, d, { kind: 'qd-khen-thuong', typeCode: 'QĐ', signer: ky.by, details: { meeting, awarded } });
      },
    });
    const issued = decision as IssuedDecision;
    const guiBanSao = await humanStep(c, stepOf(P, 'gui-quyet-dinh'), { from: banHanh.date });
    return closeCase(c, 'AWARDED', guiBanSao, issued.numberText);
  }
}

/** The council votes on exactly the nominees of the dossier, by secret ballot, with its quorum. */
function councilProblems(meeting: MeetingRecord, people: { fullName: string }[]): FieldProblem[] {
  const names = new Set(people.map((p) => p.fullName));
  const unknown = meeting.votes.filter((v) => !names.has(v.option.trim()));
  return [
    ...meetingProblems(meeting, { secretRequired: true }),
    ...unknown.map((v) => ({
      field: 'data.meeting.votes',
      rule: 'UNKNOWN_NOMINEE',
      message: `"${v.option}" không có trong danh sách đề nghị khen thưởng (${[...names].join(', ')})`,
      messageEn: `'${v.option}' is not a nominee of this dossier`,
    })),
  ];
}

async function refused(c: Parameters<typeof closeCase>[0], decision: StepDecision): Promise<CaseOutcome> {
  await sendNotice(c, decision, { kind: 'tb-tu-choi-ho-so' });
  return closeCase(c, 'REJECTED', decision);
}
