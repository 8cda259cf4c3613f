import { Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '@congdoan/config';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { CaseIntakeService } from './cases/case-intake.service';
import { CaseQueriesService } from './cases/case-queries.service';
import { CaseWorkflows } from './cases/case-workflows.service';
import { CasesController } from './cases/cases.controller';
import { DeadlineCalendar } from './cases/deadline-calendar.service';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { RoleGuard } from './auth/role.guard';
import { HttpErrorFilter } from './common/http-error.filter';
import { DocumentsController } from './documents/documents.controller';
import { DocumentsService } from './documents/documents.service';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { APP_CONFIG } from './infrastructure/tokens';
import { MeController } from './me/me.controller';
import { MeService } from './me/me.service';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsService } from './notifications/notifications.service';
import { OrgUnitsController } from './org-units/org-units.controller';
import { OrgUnitsService } from './org-units/org-units.service';
import { ProceduresController } from './procedures/procedures.controller';
import { ProceduresService } from './procedures/procedures.service';
import { ReportsModule } from './reports/reports.module';
import { SystemCheckController } from './system-check/system-check.controller';
import { SystemCheckService } from './system-check/system-check.service';
import { StandInsController } from './stand-ins/stand-ins.controller';
import { StandInsService } from './stand-ins/stand-ins.service';
import { InboxService } from './tasks/inbox.service';
import { TaskActionsService } from './tasks/task-actions.service';
import { TasksController } from './tasks/tasks.controller';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { ComplaintIntake } from './complaints/complaint-intake';
import { ConflictsOfInterest } from './complaints/conflicts-of-interest';
import { DenunciationIntake } from './complaints/denunciation-intake';
import { IdentityModule } from './complaints/identity.module';
import { IssuanceModule } from './issuance/issuance.module';
import { CommendationModule } from './commendation/commendation.module';
import { CommitteesModule } from './committees/committees.module';
import { DisciplineModule } from './discipline/discipline.module';

/** A caller's request id is kept when it looks like one; otherwise a fresh one. Logged with every line. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

@Module({
  imports: [
    InfrastructureModule,
    IdentityModule,
    IssuanceModule,
    CommitteesModule,
    CommendationModule,
    DisciplineModule,
    AttachmentsModule,
    ReportsModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.logLevel,
          genReqId: requestId,
          // No secrets or personal data in logs: only method, path and status; never bodies or auth headers.
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          customProps: () => ({ service: 'api' }),
        },
      }),
    }),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { expiresIn: config.auth.jwtExpiresIn as `${number}h`, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [
    AuthController,
    CalendarController,
    DocumentsController,
    MeController,
    OrgUnitsController,
    UsersController,
    HealthController,
    SystemCheckController,
    ProceduresController,
    CasesController,
    TasksController,
    StandInsController,
    NotificationsController,
  ],
  providers: [
    AuthService,
    CalendarService,
    DocumentsService,
    MeService,
    OrgUnitsService,
    UsersService,
    HealthService,
    SystemCheckService,
    ProceduresService,
    DeadlineCalendar,
    CaseWorkflows,
    CaseQueriesService,
    CaseIntakeService,
    ComplaintIntake,
    ConflictsOfInterest,
    DenunciationIntake,
    InboxService,
    TaskActionsService,
    StandInsService,
    NotificationsService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RoleGuard },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
})
export class AppModule {}
