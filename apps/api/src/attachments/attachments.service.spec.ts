import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '@congdoan/config';
import { DomainError } from '@congdoan/domain';
import { type AttachmentsRepository, type CaseAccess, LocalFolderFileStore, type RecordAttachmentResult } from '@congdoan/persistence';
import { IdentityShield } from '../complaints/identity-shield.service';
import type { IdentityVault } from '../complaints/identity-vault.service';
import { AttachmentsService } from './attachments.service';

const CASE: CaseAccess = { id: '0b6c3f9e-3f57-4b8e-9a55-2f0b8a1d6c11', code: 'TL-2026-0001', procedureCode: 'thanh-lap-cdcs', open: true };
const USER = { id: '5d0f3c1a-1111-4b8e-9a55-2f0b8a1d6c11', username: 'canbo', fullName: 'Lê Minh Tuấn' };
const CONFIG = { attachments: { dir: 'unused', maxBytes: 1024 * 1024 } } as AppConfig;
const pdfForm = async () => ({ file: { buffer: Buffer.from('%PDF-1.7 tờ trình'), originalName: 'to-trinh.pdf' }, fields: { dossierItem: 'to-trinh' } });

/** The service on a real folder store, with a repository that answers as told. */
function serviceWith(root: string, repository: { caseVisibleTo?: () => Promise<CaseAccess | null>; record?: () => Promise<RecordAttachmentResult> }) {
  const repo = { caseVisibleTo: async () => CASE, findByIdempotencyKey: async () => null, ...repository } as unknown as AttachmentsRepository;
  // A founding case: the denouncer-identity shield has nothing to clear and never opens its vault.
  return new AttachmentsService(repo, new LocalFolderFileStore(root), CONFIG, new IdentityShield({} as IdentityVault));
}

describe('AttachmentsService: no stored file without its record', () => {
  let root: string;
  const storedFiles = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'attachments-service-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('deletes the stored file when the database insert fails, and lets the failure through', async () => {
    const service = serviceWith(root, { record: () => Promise.reject(new Error('connection terminated')) });
    await expect(service.upload(CASE.id, USER, pdfForm)).rejects.toThrow('connection terminated');
    expect(await storedFiles()).toEqual([]);
  });

  it('deletes the stored file when the case closed meanwhile, and answers 409', async () => {
    const service = serviceWith(root, { record: async () => ({ recorded: false, reason: 'case_closed' }) });
    const refusal = service.upload(CASE.id, USER, pdfForm);
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toMatchObject({ kind: 'conflict', code: 'CASE_CLOSED' });
    expect(await storedFiles()).toEqual([]);
  });

  it('reads no body and stores nothing for a case the user may not see, or a closed one', async () => {
    const readForm = jest.fn(pdfForm);
    await expect(serviceWith(root, { caseVisibleTo: async () => null }).upload(CASE.id, USER, readForm)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(serviceWith(root, { caseVisibleTo: async () => ({ ...CASE, open: false }) }).upload(CASE.id, USER, readForm)).rejects.toMatchObject({
      code: 'CASE_CLOSED',
    });
    expect(readForm).not.toHaveBeenCalled();
    expect(await storedFiles()).toEqual([]);
  });

  it('stores nothing for a file of a refused type', async () => {
    const exe = async () => ({ file: { buffer: Buffer.from('MZ\x90\x00'), originalName: 'setup.pdf' }, fields: { dossierItem: 'to-trinh' } });
    await expect(serviceWith(root, {}).upload(CASE.id, USER, exe)).rejects.toMatchObject({ kind: 'unsupported_media_type' });
    expect(await storedFiles()).toEqual([]);
  });
});
