import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@congdoan/config';
import type { ProtectedIdentity } from '@congdoan/domain';
import { CaseProtectionRepository, type IdentityReadPurpose } from '@congdoan/persistence';
import { SecretBox } from '@congdoan/secrets';
import { APP_CONFIG } from '../infrastructure/tokens';

/** What a denunciation keeps sealed: who the denouncer is, and the title and content as they were written. */
export interface ProtectedRecord {
  denouncer: ProtectedIdentity;
  title: string;
  content: string;
}

/**
 * The denouncer's identity (Luật Tố cáo 2018 Art. 8(3), 47(2)): sealed with the configured key before it is stored,
 * opened only for the people assigned to the case and the resolving unit's leaders, and every such opening is
 * written to the audit trail.
 */
@Injectable()
export class IdentityVault {
  private readonly box: SecretBox;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly protection: CaseProtectionRepository,
  ) {
    this.box = new SecretBox(config.secrets.payloadKey);
  }

  seal(record: ProtectedRecord): string {
    return this.box.sealText(JSON.stringify(record));
  }

  /** The record for the API's own use (redacting what users type about the case); no audit, never returned as is. */
  async openForRedaction(caseId: string): Promise<ProtectedRecord | null> {
    const sealed = await this.protection.sealedIdentity(caseId);
    return sealed ? (JSON.parse(this.box.openText(sealed)) as ProtectedRecord) : null;
  }

  mayRead(caseId: string, userId: string, today: string): Promise<boolean> {
    return this.protection.mayReadIdentity(caseId, userId, today);
  }

  /** The record for a user allowed to read it, with the read recorded; null for anyone else (or no record). */
  async readFor(caseId: string, userId: string, today: string, purpose: IdentityReadPurpose, subjectId?: string): Promise<ProtectedRecord | null> {
    if (!(await this.mayRead(caseId, userId, today))) return null;
    const record = await this.openForRedaction(caseId);
    if (record) await this.protection.recordRead(caseId, userId, purpose, subjectId);
    return record;
  }
}
