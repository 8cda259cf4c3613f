import { Injectable } from '@nestjs/common';
import { NotFound, ValidationFailed, vietnamDate } from '@congdoan/domain';
import { DocumentsRepository, OrgUnitsRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { DEFAULT_PAGE } from '../cases/cases.dto';
import { type RegisterEntry, registerEntry } from './register-entry';
import type { RegisterQueryDto } from './register.dto';

export interface RegisterIssuer {
  id: string;
  name: string;
  code: string;
}

/** A page of the register: the issuer and year it is of, its lines, and the cursor to the next page. */
export interface RegisterPage {
  issuer: RegisterIssuer;
  year: number;
  items: RegisterEntry[];
  nextCursor: string | null;
}

/** The register's keyset: (type code, series, number) of the last line, base64url of `type|0|n`. */
const registerCursor = {
  encode: (e: RegisterEntry) => Buffer.from(`${e.typeCode}|${e.secret ? 1 : 0}|${e.sequence}`, 'utf8').toString('base64url'),
  decode(cursor: string): { typeCode: string; secret: boolean; number: number } {
    const [typeCode, secret, number] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    if (!/^\p{L}{1,10}$/u.test(typeCode ?? '') || !/^[01]$/.test(secret ?? '') || !/^[1-9]\d{0,8}$/.test(number ?? '')) {
      throw new ValidationFailed([
        { field: 'cursor', rule: 'cursor', message: "Trường 'cursor' không hợp lệ: hãy dùng đúng giá trị nextCursor đã nhận", messageEn: 'cursor is not valid: pass back a nextCursor as received' },
      ]);
    }
    return { typeCode, secret: secret === '1', number: Number(number) };
  },
};

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi, NĐ 30/2020 Art. 16): every document an issuer numbered in
 * a year, the case decisions and notices as much as the drafted ones, in number order per type and series. Whoever
 * may see the issuer's cases may read it (404 otherwise); a line of a case they may not see keeps only its number.
 */
@Injectable()
export class DocumentRegisterService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly orgUnits: OrgUnitsRepository,
  ) {}

  async page(query: RegisterQueryDto, user: AuthenticatedUser): Promise<RegisterPage> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const { issuer, year, rows } = await this.read(query, user, limit);
    const items = rows.items.map(registerEntry);
    const last = items.at(-1);
    return { issuer, year, items, nextCursor: rows.hasMore && last ? registerCursor.encode(last) : null };
  }

  /** The whole register (the file exports), from the first line. */
  async all(query: RegisterQueryDto, user: AuthenticatedUser): Promise<{ issuer: RegisterIssuer; year: number; items: RegisterEntry[] }> {
    const { issuer, year, rows } = await this.read({ ...query, cursor: undefined }, user, undefined);
    return { issuer, year, items: rows.items.map(registerEntry) };
  }

  private async read(query: RegisterQueryDto, user: AuthenticatedUser, limit: number | undefined) {
    const today = vietnamDate(new Date());
    const after = query.cursor ? registerCursor.decode(query.cursor) : undefined;
    const [unit, visible] = await Promise.all([this.orgUnits.findById(query.issuerUnitId), this.orgUnits.visibleTo(query.issuerUnitId, user.id, today)]);
    if (!unit || !visible) throw new NotFound('đơn vị ban hành', 'Issuing unit', query.issuerUnitId);
    const year = query.year ?? Number(today.slice(0, 4));
    const rows = await this.documents.register({
      issuerUnitId: unit.id,
      year,
      ...(query.typeCode ? { typeCode: query.typeCode.normalize('NFC') } : {}),
      ...(query.secret !== undefined ? { secret: query.secret } : {}),
      userId: user.id,
      today,
      limit,
      after,
    });
    return { issuer: { id: unit.id, name: unit.name, code: unit.code }, year, rows };
  }
}

/** The file name of an export: ASCII, e.g. `so-van-ban-di_CDVC_2026.csv`. */
export function registerFileName(issuer: RegisterIssuer, year: number, extension: 'csv' | 'xlsx'): string {
  const code = issuer.code
    .replace(/[đĐ]/g, (ch) => (ch === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]/g, '');
  return `so-van-ban-di_${code || 'don-vi'}_${year}.${extension}`;
}
