import { DomainError, type ProcedureDefinition, dossierItemOf } from '@congdoan/domain';
import type { ActDto } from './tasks.dto';

/**
 * Papers that must be on file before an action: a verification is reported with its report, and a complaint whose
 * findings differ from the claim with the minutes of the dialogue held about it (Luật Khiếu nại 2011 Art. 29–30).
 */
const REQUIRED: Record<string, Record<string, (dto: ActDto) => string[]>> = {
  'khieu-nai': { 'xac-minh': (dto) => (dto.action === 'approve' ? ['bao-cao-xac-minh', ...(dto.data?.findingsDiffer ? ['bien-ban-doi-thoai'] : [])] : []) },
  'to-cao': { 'xac-minh': (dto) => (dto.action === 'approve' ? ['bao-cao-xac-minh'] : []) },
};

export function requiredFiles(procedureCode: string, stepKey: string, dto: ActDto): string[] {
  return REQUIRED[procedureCode]?.[stepKey]?.(dto) ?? [];
}

export function missingFilesError(procedure: ProcedureDefinition, missing: string[]): DomainError {
  const names = missing.map((key) => dossierItemOf(procedure, key)?.name ?? key);
  return new DomainError(
    'rule',
    'DOSSIER_FILE_MISSING',
    `Chưa có trong hồ sơ: ${names.join('; ')}. Hãy tải lên trước khi thực hiện thao tác này`,
    `Not on file yet: ${missing.join(', ')}; upload it first`,
  );
}
