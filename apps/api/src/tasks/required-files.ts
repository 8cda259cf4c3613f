import { DomainError, type ProcedureDefinition, dossierItemOf } from '@congdoan/domain';
import type { ActDto } from './tasks.dto';

/**
 * Papers that must be on file before an action: a verification is reported with its report, and a complaint whose
 * findings differ from the claim with the minutes of the dialogue held about it (Luật Khiếu nại 2011 Art. 29–30).
 * A collective decision is recorded with its signed minutes.
 */
const REQUIRED: Record<string, Record<string, (dto: ActDto) => string[]>> = {
  'khieu-nai': { 'xac-minh': (dto) => (dto.action === 'approve' ? ['bao-cao-xac-minh', ...(dto.data?.findingsDiffer ? ['bien-ban-doi-thoai'] : [])] : []) },
  'to-cao': { 'xac-minh': (dto) => (dto.action === 'approve' ? ['bao-cao-xac-minh'] : []) },
  // The council's signed minutes before its vote is recorded (domain §4).
  'khen-thuong': { 'hoi-dong-tdkt': (dto) => (dto.action === 'vote' ? ['bien-ban-hoi-dong'] : []) },
  'ky-luat': {
    // The UBKT advises on the kiểm điểm record and the tờ trình (QĐ 5130/QĐ-TLĐ Art. 13, 15) …
    'tham-muu-ubkt': (dto) => (dto.action === 'approve' ? ['bien-ban-kiem-diem', 'to-trinh'] : []),
    // … and the BTV's secret ballot is recorded with its signed minutes and count.
    'bieu-quyet': (dto) => (dto.action === 'vote' ? ['bien-ban-bo-phieu'] : []),
  },
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
