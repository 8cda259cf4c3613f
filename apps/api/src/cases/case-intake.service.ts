import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@congdoan/config';
import { randomUUID } from 'node:crypto';
import type { CaseStart } from '@congdoan/contracts';
import {
  CALENDAR_MIN_YEAR,
  Conflict,
  DomainError,
  type FieldProblem,
  Forbidden,
  NotFound,
  ROLE_LABELS,
  ValidationFailed,
  WorkingCalendar,
  findProcedure,
  vietnamDate,
} from '@congdoan/domain';
import { CasesRepository, type OrgUnitEntity, OrgUnitsRepository, UsersRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CommendationIntake } from '../commendation/commendation-intake';
import { CommitteeIntake } from '../committees/committee-intake';
import { ComplaintIntake } from '../complaints/complaint-intake';
import { DenunciationIntake } from '../complaints/denunciation-intake';
import type { IntakePreparer } from '../complaints/prepared-intake';
import { DisciplineIntake } from '../discipline/discipline-intake';
import { IssuanceIntake } from '../issuance/issuance-intake';
import { caseDataProblems } from './case-data.validators';
import { CaseQueriesService } from './case-queries.service';
import { type CaseView, toCaseView } from './case-view';
import { CaseWorkflows } from './case-workflows.service';
import type { CreateCaseDto } from './cases.dto';
import { requestHash } from './request-hash';
import { APP_CONFIG } from '../infrastructure/tokens';

/** The day a dossier arrived: not after today (Vietnam time), nor before the years the working calendar knows. */
function receivedAtProblems(receivedAt: string, today: string): FieldProblem[] {
  if (receivedAt > today) {
    return [{ field: 'receivedAt', rule: 'notInFuture', message: `Trường 'receivedAt' không được là ngày trong tương lai (hôm nay là ${today})`, messageEn: `receivedAt must not be in the future (today is ${today} in Vietnam)` }];
  }
  if (Number(receivedAt.slice(0, 4)) < CALENDAR_MIN_YEAR) {
    return [{ field: 'receivedAt', rule: 'minDate', message: `Trường 'receivedAt' phải từ năm ${CALENDAR_MIN_YEAR} trở đi`, messageEn: `receivedAt must be in ${CALENDAR_MIN_YEAR} or later` }];
  }
  return [];
}

/**
 * Opening a case: check the form and the officer's role, record the intake (number, row, idempotency key) in one
 * transaction, then start the workflow. A failed start leaves the case recorded; a retry with the key starts it.
 */
@Injectable()
export class CaseIntakeService {
  /** fixed per case at intake, so its replays count as it did */
  private readonly settings: CaseStart['settings'];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly cases: CasesRepository,
    private readonly users: UsersRepository,
    private readonly orgUnits: OrgUnitsRepository,
    private readonly workflows: CaseWorkflows,
    private readonly queries: CaseQueriesService,
    complaints: ComplaintIntake,
    denunciations: DenunciationIntake,
    issuance: IssuanceIntake,
    committees: CommitteeIntake,
    commendations: CommendationIntake,
    discipline: DisciplineIntake,
  ) {
    this.settings = { complaintAcceptanceUnit: config.complaints.acceptanceUnit, cumulativeDisciplineVotes: config.discipline.cumulativeVotes };
    this.preparers = {
      'khieu-nai': { prepare: (r) => complaints.prepare(r.title, r.data, r.user, r.unit, r.receivedAt, r.today) },
      'to-cao': { prepare: (r) => denunciations.prepare(r.title, r.data, r.user, r.unit, r.today) },
      'ban-hanh-van-ban': issuance,
      'cong-nhan-bch': committees.recognition,
      'bo-sung-uy-vien': committees.addition,
      'khen-thuong': commendations,
      'ky-luat': discipline,
    };
  }

  /** Each procedure's own intake rules, where it has some beyond its data's shape. */
  private readonly preparers: Readonly<Record<string, IntakePreparer>>;

  async open(dto: CreateCaseDto, user: AuthenticatedUser, idempotencyKey: string | undefined): Promise<CaseView> {
    const procedure = findProcedure(dto.procedureCode);
    const today = vietnamDate(new Date());
    const receivedAt = dto.receivedAt ?? today;
    const problems = [...receivedAtProblems(receivedAt, today), ...caseDataProblems(dto.procedureCode, dto.data)];
    if (!procedure || problems.length > 0) throw new ValidationFailed(problems);

    const [unit, roles] = await Promise.all([this.orgUnits.findById(dto.orgUnitId), this.users.rolesOn(user.id, today)]);
    if (!unit) throw new NotFound('đơn vị', 'Org unit', dto.orgUnitId);
    if (procedure.submittedBy === 'cdcs-chair') await this.checkLowerUnitSubmits(dto, unit, roles);
    else {
      // Whoever acts on the first step receives the dossier (the Ban Tổ chức officer for a founding case).
      const role = procedure.steps[0].role;
      if (!roles.some((r) => r.orgUnitId === unit.id && r.role === role)) {
        throw new Forbidden(
          `Chỉ ${ROLE_LABELS[role]} của ${unit.name} mới được tiếp nhận hồ sơ "${procedure.name}"`,
          `Only a holder of the '${role}' role in ${unit.code} may open a '${procedure.code}' case there`,
        );
      }
    }

    const hash = requestHash({ procedureCode: dto.procedureCode, orgUnitId: dto.orgUnitId, title: dto.title, receivedAt: dto.receivedAt ?? null, data: dto.data });
    if (idempotencyKey) {
      const earlier = await this.cases.findIdempotency(user.id, idempotencyKey);
      if (earlier) return this.replay(earlier, hash, unit, user);
    }
    const prepared = await this.preparers[dto.procedureCode]?.prepare({ title: dto.title, data: dto.data, user, unit, receivedAt, today });
    const title = prepared?.title ?? dto.title;
    const data = prepared?.data ?? dto.data;
    const id = randomUUID();
    const created = await this.cases.create(
      {
        id,
        procedureCode: procedure.code,
        procedureVersion: procedure.version,
        casePrefix: procedure.casePrefix,
        year: Number(today.slice(0, 4)),
        orgUnitId: unit.id,
        title,
        receivedAt,
        data,
        createdBy: user.id,
        ...(prepared?.subjectUnitId ? { subjectUnitId: prepared.subjectUnitId } : {}),
      },
      idempotencyKey ? { userId: user.id, key: idempotencyKey, requestHash: hash } : undefined,
      prepared?.protection,
    );
    if (!created.created) return this.replay(created, hash, unit, user);

    const start: CaseStart = {
      caseId: id,
      caseCode: created.code,
      procedureCode: procedure.code,
      title,
      orgUnitId: unit.id,
      parentOrgUnitId: unit.parentId,
      receivedAt,
      createdBy: { userId: user.id, fullName: user.fullName },
      data,
      settings: this.settings,
    };
    await this.workflows.start(start);
    // Just created: nothing projected yet, so the view is built from what was written (no second read).
    const row = { id, code: created.code, procedureCode: procedure.code, procedureVersion: procedure.version, status: 'open', orgUnitId: unit.id };
    const rest = { title, receivedAt, legalDueDate: null, createdBy: user.id, createdAt: created.createdAt, closedAt: null, data };
    return toCaseView({ ...row, ...rest, steps: [], timeline: [], documents: [] }, new WorkingCalendar(), today);
  }

  /** The same key again: the same body gives the case it created (its workflow started if the first start failed). */
  private async replay(earlier: { caseId: string; requestHash: string }, hash: string, unit: OrgUnitEntity, user: AuthenticatedUser): Promise<CaseView> {
    if (earlier.requestHash !== hash) {
      throw new Conflict(
        'Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới cho hồ sơ mới',
        'This Idempotency-Key was already used with a different request body; use a new key for a new case',
        'IDEMPOTENCY_KEY_REUSED',
      );
    }
    const view = await this.queries.viewAfterWrite(earlier.caseId);
    await this.workflows.start({
      caseId: view.id,
      caseCode: view.code,
      procedureCode: view.procedureCode,
      title: view.title,
      orgUnitId: view.orgUnitId,
      parentOrgUnitId: unit.parentId,
      receivedAt: view.receivedAt,
      createdBy: { userId: user.id, fullName: user.fullName },
      data: view.data,
      settings: this.settings,
    });
    return view;
  }

  /**
   * A lower union files its own committee dossier with its direct upper union (domain §3): the filer chairs the union
   * named in `data.cdcsId`, and that union sits directly under the one the case is opened at.
   */
  private async checkLowerUnitSubmits(dto: CreateCaseDto, unit: OrgUnitEntity, roles: { orgUnitId: string; role: string }[]): Promise<void> {
    const lower = await this.orgUnits.findById(String(dto.data.cdcsId));
    if (!lower) throw new NotFound('công đoàn cấp dưới', 'Lower union', String(dto.data.cdcsId));
    if (lower.parentId !== unit.id) {
      throw new DomainError(
        'rule',
        'NOT_DIRECT_UPPER_UNION',
        `${lower.name} không trực thuộc ${unit.name}: hồ sơ phải gửi công đoàn cấp trên trực tiếp`,
        `${lower.code} is not directly under ${unit.code}: file with the direct upper union`,
      );
    }
    if (!roles.some((r) => r.orgUnitId === lower.id && r.role === 'cdcs-chair')) {
      throw new Forbidden(
        `Chỉ ${ROLE_LABELS['cdcs-chair']} của ${lower.name} mới được nộp hồ sơ này`,
        `Only the chair of ${lower.code} may file this dossier`,
      );
    }
  }

}
