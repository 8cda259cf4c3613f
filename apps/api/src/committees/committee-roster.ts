import { ApiPropertyOptional } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { IsOptional } from 'class-validator';
import { COMMITTEE_BODY_LABELS, COMMITTEE_POSITION_LABELS, type CommitteeBody, type CommitteePosition, NotFound, vietnamDate } from '@congdoan/domain';
import { OrgUnitsRepository } from '@congdoan/persistence';
import { IsCalendarDate } from '../common/is-calendar-date.decorator';

export class CommitteeQueryDto {
  @ApiPropertyOptional({ description: 'the day the roster is read for, YYYY-MM-DD (Vietnam time); default today', example: '2026-11-22' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

/** One seat on a union's committee as the roster shows it. */
export interface CommitteeSeatView {
  body: string;
  bodyLabel: string;
  fullName: string;
  /** a position code (`chu-tich`…), or the free text of an older record */
  position: string | null;
  positionLabel: string | null;
  /** `interim`: elected, acting before the QĐ công nhận (HD 38 Mục 10.4); `recognised`: from the decision's date */
  status: 'interim' | 'recognised';
  validFrom: string;
  validTo: string | null;
  decisionNumber: string | null;
  userId: string | null;
  /**
   * A seat of the previous term while the new committee's elected officers act ahead of its decision (the interim
   * rule): its term ends the day before that decision, so the roster shows it as outgoing.
   */
  outgoing: boolean;
}

export interface CommitteeView {
  orgUnitId: string;
  orgUnitName: string;
  on: string;
  items: CommitteeSeatView[];
}

/**
 * A union's committee in force on a day (domain §3): its BCH, BTV and UBKT, with positions, whether each seat is
 * interim or recognised, and the decision that recognised it. Seen by whoever may see the unit (a role or stand-in
 * in it or above it); for others the unit is as unknown as one that does not exist.
 */
@Injectable()
export class CommitteeRoster {
  constructor(private readonly orgUnits: OrgUnitsRepository) {}

  async inForce(unitId: string, userId: string, on: string | undefined): Promise<CommitteeView> {
    const today = vietnamDate(new Date());
    const [unit, seen] = await Promise.all([
      this.orgUnits.findById(unitId),
      this.orgUnits.visibleTo(unitId, userId, today),
    ]);
    if (!unit || !seen) throw new NotFound('đơn vị', 'Org unit', unitId);
    const day = on ?? today;
    const seats = await this.orgUnits.committee(unitId, day);
    // The bodies a newly elected committee is taking over (its interim holders), and from which case.
    const incoming = new Map(seats.filter((s) => s.status === 'interim').map((s) => [s.body, s.sourceCaseId]));
    return {
      orgUnitId: unit.id,
      orgUnitName: unit.name,
      on: day,
      items: seats.map((s) => ({
        body: s.body,
        bodyLabel: COMMITTEE_BODY_LABELS[s.body as CommitteeBody] ?? s.body,
        fullName: s.fullName,
        position: s.position,
        positionLabel: s.position ? (COMMITTEE_POSITION_LABELS[s.position as CommitteePosition] ?? s.position) : null,
        status: s.status,
        validFrom: s.validFrom,
        validTo: s.validTo,
        decisionNumber: s.decisionNumber,
        userId: s.userId,
        outgoing: s.status === 'recognised' && incoming.has(s.body) && incoming.get(s.body) !== s.sourceCaseId,
      })),
    };
  }
}
