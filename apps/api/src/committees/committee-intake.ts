import { Injectable } from '@nestjs/common';
import {
  COMMITTEE_BODY_LABELS,
  COMMITTEE_POSITION_LABELS,
  type CommitteeAdditionData,
  type CommitteeBody,
  type CommitteeMember,
  type CommitteePosition,
  type CommitteeRecognitionData,
  DomainError,
  type FieldProblem,
  NotFound,
  RuleBroken,
  additionCap,
  additionProblems,
  bchSizeProblems,
  bodiesOf,
  btvProblems,
  committeeCompositionProblems,
  committeeSizes,
  meetingProblems,
  needsConsent,
} from '@congdoan/domain';
import { type OrgUnitEntity, OrgUnitsRepository, UsersRepository } from '@congdoan/persistence';
import type { IntakePreparer, IntakeRequest, PreparedIntake } from '../complaints/prepared-intake';
import { refuseUnknownUsers } from './known-users';
import { toMeetingRecord } from './meeting-record';

/** The position a member gets when the form names none: an ordinary member of the body. */
export const DEFAULT_POSITION: Record<CommitteeBody, CommitteePosition> = { BCH: 'uy-vien-bch', BTV: 'uy-vien-btv', UBKT: 'uy-vien-ubkt' };

const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function membersOf(value: unknown, body: CommitteeBody): CommitteeMember[] {
  return (value as Record<string, unknown>[]).map((m) => ({
    fullName: String(m.fullName).trim(),
    position: (m.position as CommitteePosition | undefined) ?? DEFAULT_POSITION[body],
    ...(typeof m.userId === 'string' ? { userId: m.userId } : {}),
  }));
}

/**
 * A lower union's committee dossiers at the upper union (domain §3): the recognition after a congress and the
 * additions during the term. The API already checked the filer chairs that union and that it sits directly under
 * the case's unit; here the union's name and the default positions are filled in, and the size rules run (422).
 */
@Injectable()
export class CommitteeIntake {
  constructor(
    private readonly orgUnits: OrgUnitsRepository,
    private readonly users: UsersRepository,
  ) {}

  readonly recognition: IntakePreparer = { prepare: (r) => this.prepareRecognition(r) };
  readonly addition: IntakePreparer = { prepare: (r) => this.prepareAddition(r) };

  /** Công nhận BCH, BTV, chức danh, UBKT: the list itself, the BCH's size cap for the union's level and members, the BTV's rules. */
  async prepareRecognition({ title, data: input }: IntakeRequest): Promise<PreparedIntake> {
    const lower = await this.lowerUnit(input.cdcsId);
    const members = membersOf(input.members, 'BCH');
    await refuseUnknownUsers(this.users, members.map((m, i) => ({ userId: m.userId, field: `data.members.${i}.userId` })));
    const hasBtv = members.some((m) => m.position === 'uy-vien-btv');
    const sizes = committeeSizes(members, hasBtv);
    const congressDate = String(input.congressDate);
    const problems = [
      ...committeeCompositionProblems(members, { hasBtv }),
      ...bchSizeProblems({
        level: lower.level,
        memberCount: input.memberCount as number,
        size: sizes.BCH,
        congressDate,
        ...(typeof input.decidedSize === 'number' ? { decidedSize: input.decidedSize } : {}),
        increaseConsented: typeof input.increaseConsentRef === 'string' && input.increaseConsentRef.trim() !== '',
      }),
      ...btvProblems({ bchSize: sizes.BCH, btvSize: sizes.BTV, congressDate }),
      // The first BCH meeting's election, when recorded: a valid meeting, by secret ballot.
      ...(input.election ? meetingProblems(toMeetingRecord(input.election as Record<string, unknown>), { field: 'data.election', secretRequired: true }) : []),
    ];
    if (problems.length > 0) throw new RuleBroken(problems);
    const data: CommitteeRecognitionData & { unitName: string } = {
      ...(input as unknown as CommitteeRecognitionData),
      cdcsId: lower.id,
      unitName: lower.name,
      members,
    };
    return { title, data: { ...data }, subjectUnitId: lower.id };
  }

  /**
   * Bổ sung ủy viên: the members added in the term may not exceed 2/3 (CĐCS) or 1/2 of the congress-decided number
   * without the upper union's consent (Điều lệ Art. 11(4)). Beyond it the dossier is refused unless it asks for that
   * consent (`seekConsent`); then the case records `consentNeeded` and the upper union's leader decides first.
   */
  async prepareAddition({ title, data: input, today }: IntakeRequest): Promise<PreparedIntake> {
    const lower = await this.lowerUnit(input.cdcsId);
    const body = input.body as CommitteeBody;
    const members = membersOf(input.members, body);
    await refuseUnknownUsers(this.users, members.map((m, i) => ({ userId: m.userId, field: `data.members.${i}.userId` })));
    await this.refuseMisplaced(lower, body, members, today);

    const termStart = await this.termStart(lower.id);
    const decidedSize = typeof input.decidedSize === 'number' ? input.decidedSize : await this.decidedSize(lower, body, termStart, today);
    const addedBefore = termStart ? await this.orgUnits.committeeAdditionsSince(lower.id, body, termStart) : 0;
    const seekConsent = input.seekConsent === true;
    const counts = { level: lower.level, decidedSize, addedBefore, adding: members.length };
    const problems = additionProblems({ ...counts, consent: seekConsent });
    if (problems.length > 0) throw new RuleBroken(problems);

    const data: CommitteeAdditionData & { unitName: string; addedBefore: number; additionCap: number; termStart: string | null; consentNeeded: boolean } = {
      ...(input as unknown as CommitteeAdditionData),
      cdcsId: lower.id,
      unitName: lower.name,
      body,
      origin: (input.origin as CommitteeAdditionData['origin'] | undefined) ?? 'elected',
      members,
      decidedSize,
      addedBefore,
      additionCap: additionCap(lower.level, decidedSize),
      termStart,
      consentNeeded: seekConsent && needsConsent(counts),
    };
    return { title, data: { ...data }, subjectUnitId: lower.id };
  }

  private async lowerUnit(id: unknown): Promise<OrgUnitEntity> {
    const lower = await this.orgUnits.findById(String(id));
    if (!lower) throw new NotFound('công đoàn cấp dưới', 'Lower union', String(id));
    return lower;
  }

  /** Each added person takes a seat of that body, once, and is not on it already. */
  private async refuseMisplaced(lower: OrgUnitEntity, body: CommitteeBody, members: CommitteeMember[], today: string): Promise<void> {
    const sitting = (await this.orgUnits.committee(lower.id, today)).filter((s) => s.body === body);
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (!bodiesOf(m.position, true).includes(body)) {
        problems.push({
          field: `data.members.${i}.position`,
          rule: 'POSITION_NOT_IN_BODY',
          message: `${m.fullName}: chức danh ${COMMITTEE_POSITION_LABELS[m.position]} không thuộc ${COMMITTEE_BODY_LABELS[body]}`,
          messageEn: `${m.fullName}: the position '${m.position}' is not a seat of the ${body}`,
        });
      }
      const key = nameKey(m.fullName);
      const already = sitting.find((s) => (m.userId && s.userId ? s.userId === m.userId : nameKey(s.fullName) === key));
      if (already) {
        problems.push({
          field: `data.members.${i}`,
          rule: 'ALREADY_ON_BODY',
          message: `${m.fullName} đang là ủy viên ${COMMITTEE_BODY_LABELS[body]} ${lower.name}`,
          messageEn: `${m.fullName} already sits on the ${body} of ${lower.code}`,
        });
      } else if (seen.has(key)) {
        problems.push({
          field: `data.members.${i}`,
          rule: 'PERSON_TWICE_IN_BODY',
          message: `${m.fullName} có tên hai lần trong danh sách bổ sung`,
          messageEn: `${m.fullName} is listed twice`,
        });
      }
      seen.add(key);
    });
    if (problems.length > 0) throw new RuleBroken(problems);
  }

  /** The term's first day: the latest recognition of a whole committee, else the oldest seat of the roster in force. */
  private async termStart(unitId: string): Promise<string | null> {
    return (await this.orgUnits.committeeTermStart(unitId)) ?? this.orgUnits.oldestRecognisedSeatStart(unitId);
  }

  /**
   * The number the congress decided for the body: the latest recognition's (its `decidedSize` for the BCH, else how
   * many it recognised on that body), else the body's recognised seats at the term's start (or today).
   */
  private async decidedSize(lower: OrgUnitEntity, body: CommitteeBody, termStart: string | null, today: string): Promise<number> {
    const latest = (await this.orgUnits.latestCommitteeRecognition(lower.id)) as Partial<CommitteeRecognitionData> | null;
    if (latest) {
      if (body === 'BCH' && typeof latest.decidedSize === 'number') return latest.decidedSize;
      const members = Array.isArray(latest.members) ? latest.members : [];
      const size = committeeSizes(members, members.some((m) => m.position === 'uy-vien-btv'))[body];
      if (size > 0) return size;
    }
    const seats = async (on: string) => (await this.orgUnits.committee(lower.id, on)).filter((s) => s.body === body && s.status === 'recognised').length;
    const size = (termStart ? await seats(termStart) : 0) || (await seats(today));
    if (size > 0) return size;
    throw new DomainError(
      'rule',
      'DECIDED_SIZE_UNKNOWN',
      `Chưa có dữ liệu ${COMMITTEE_BODY_LABELS[body]} ${lower.name} được công nhận: hãy ghi số lượng ủy viên do đại hội quyết định (data.decidedSize)`,
      `No recognised ${body} of ${lower.code} is on record: give the size the congress decided (data.decidedSize)`,
      [{ field: 'data.decidedSize', rule: 'DECIDED_SIZE_UNKNOWN', message: 'Cần ghi số lượng ủy viên do đại hội quyết định', messageEn: 'The size the congress decided is needed' }],
    );
  }
}
