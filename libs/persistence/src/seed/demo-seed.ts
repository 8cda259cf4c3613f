import type { DataSource } from 'typeorm';
import type { OrgLevel, Role } from '@congdoan/domain';
import { hashPassword } from '../password';

/** The demo organisation of `shared/design/api.md`: a provincial federation, its public-employees union, one CĐCS. */
export const DEMO_PASSWORD = 'demo123';

interface DemoUnit {
  key: 'lđlđ' | 'cđvc' | 'cđcs';
  name: string;
  code: string;
  level: OrgLevel;
  parent?: DemoUnit['key'];
  /** địa danh on its documents */
  placeName: string;
}

const UNITS: DemoUnit[] = [
  { key: 'lđlđ', name: 'Liên đoàn Lao động tỉnh Gia Lai', code: 'LĐLĐ', level: 'province', placeName: 'Gia Lai' },
  { key: 'cđvc', name: 'Công đoàn Viên chức tỉnh Gia Lai', code: 'CĐVC', level: 'upper-grassroots', parent: 'lđlđ', placeName: 'Gia Lai' },
  { key: 'cđcs', name: 'Công đoàn cơ sở Trường THPT Hùng Vương', code: 'CĐCS', level: 'grassroots', parent: 'cđvc', placeName: 'Pleiku' },
];

export const DEMO_USERS: { username: string; fullName: string; unit: DemoUnit['key']; role: Role; title: string; who: string }[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', unit: 'lđlđ', role: 'admin', title: 'Quản trị hệ thống', who: 'system administrator' },
  { username: 'lanhdao', fullName: 'Huỳnh Văn Sơn', unit: 'lđlđ', role: 'leader', title: 'Chủ tịch', who: 'Chủ tịch LĐLĐ (receives second-rung escalations)' },
  { username: 'chutich', fullName: 'Nguyễn Văn Hùng', unit: 'cđvc', role: 'leader', title: 'Chủ tịch', who: 'Chủ tịch, signs decisions' },
  { username: 'phochutich', fullName: 'Trần Thị Mai', unit: 'cđvc', role: 'leader', title: 'Phó Chủ tịch', who: 'Phó Chủ tịch' },
  { username: 'canbo', fullName: 'Lê Minh Tuấn', unit: 'cđvc', role: 'officer', title: 'Chuyên viên Ban Tổ chức', who: 'officer, Ban Tổ chức' },
  { username: 'ubkt', fullName: 'Phạm Thị Lan', unit: 'cđvc', role: 'ubkt', title: 'Ủy viên Ủy ban Kiểm tra', who: 'UBKT member' },
  { username: 'ubkt2', fullName: 'Hoàng Văn Minh', unit: 'cđvc', role: 'ubkt', title: 'Ủy viên Ủy ban Kiểm tra', who: 'UBKT member (verification teams)' },
  { username: 'ubkttinh', fullName: 'Đỗ Thị Thu', unit: 'lđlđ', role: 'ubkt', title: 'Chủ nhiệm Ủy ban Kiểm tra', who: 'UBKT of the LĐLĐ (second-instance complaints, escalations)' },
  { username: 'vanthu', fullName: 'Võ Thị Hoa', unit: 'cđvc', role: 'clerk', title: 'Văn thư', who: 'văn thư' },
  { username: 'vanthutinh', fullName: 'Lương Thị Nga', unit: 'lđlđ', role: 'clerk', title: 'Văn thư', who: 'văn thư of the LĐLĐ (decisions of the upper union)' },
  { username: 'cdcs', fullName: 'Đặng Quốc Bảo', unit: 'cđcs', role: 'cdcs-chair', title: 'Chủ tịch CĐCS', who: 'Chủ tịch CĐCS' },
];

/**
 * The committee in office at the demo CĐCS (a school union of about 120 members: a BCH of 5, the cap of its band, and
 * a UBKT of 3), recognised when the demo starts, so a new user can read its roster, propose additions to it
 * (bổ sung ủy viên, capped at 2/3 of 5) or submit the next congress's committee (công nhận BCH). No seat is linked to
 * an account, so the demo's users can still be deleted one by one.
 */
const DEMO_COMMITTEE: { fullName: string; position: string; bodies: string[] }[] = [
  { fullName: 'Đặng Quốc Bảo', position: 'chu-tich', bodies: ['BCH'] },
  { fullName: 'Nguyễn Thị Thanh Hương', position: 'pho-chu-tich', bodies: ['BCH'] },
  { fullName: 'Trần Văn Phúc', position: 'uy-vien-bch', bodies: ['BCH'] },
  { fullName: 'Lê Thị Kim Oanh', position: 'uy-vien-bch', bodies: ['BCH'] },
  { fullName: 'Phan Văn Lực', position: 'uy-vien-bch', bodies: ['BCH'] },
  { fullName: 'Võ Thị Ngọc Ánh', position: 'chu-nhiem-ubkt', bodies: ['UBKT'] },
  { fullName: 'Huỳnh Văn Tâm', position: 'uy-vien-ubkt', bodies: ['UBKT'] },
  { fullName: 'Đinh Thị Mỹ Linh', position: 'uy-vien-ubkt', bodies: ['UBKT'] },
];

/** Demo mailboxes on the reserved .example domain: the local mail catcher of `npm start` shows what they receive. */
export const demoEmail = (username: string): string => `${username}@congdoan.example`;

/**
 * Loads the demo organisation into an empty database, in one transaction; does nothing when any user exists,
 * so a second start (or a real deployment that created its own admin) is never touched. Returns whether it seeded.
 */
export async function seedDemoIfEmpty(db: DataSource, validFrom = '2025-01-01'): Promise<boolean> {
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  return db.transaction(async (tx) => {
    // Serialises concurrent seeders; the lock ends with the transaction.
    await tx.query('SELECT pg_advisory_xact_lock(8720315)');
    const [{ count }] = (await tx.query('SELECT count(*)::int AS count FROM users')) as { count: number }[];
    if (count > 0) return false;

    const unitIds = new Map<string, string>();
    for (const unit of UNITS) {
      const [row] = (await tx.query(
        `INSERT INTO org_units (name, code, level, parent_id, valid_from, place_name) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [unit.name, unit.code, unit.level, unit.parent ? unitIds.get(unit.parent) : null, validFrom, unit.placeName],
      )) as { id: string }[];
      unitIds.set(unit.key, row.id);
    }
    for (const [i, user] of DEMO_USERS.entries()) {
      const [row] = (await tx.query(
        `INSERT INTO users (username, full_name, email, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
        [user.username, user.fullName, demoEmail(user.username), hashes[i]],
      )) as { id: string }[];
      await tx.query(
        `INSERT INTO role_assignments (user_id, org_unit_id, role, title, valid_from) VALUES ($1, $2, $3, $4, $5)`,
        [row.id, unitIds.get(user.unit), user.role, user.title, validFrom],
      );
    }
    for (const member of DEMO_COMMITTEE) {
      for (const body of member.bodies) {
        await tx.query(
          `INSERT INTO committee_members (org_unit_id, body, full_name, position, valid_from, status, decision_number)
           VALUES ($1, $2, $3, $4, $5, 'recognised', $6)`,
          [unitIds.get('cđcs'), body, member.fullName, member.position, validFrom, '12/QĐ-CĐVC'],
        );
      }
    }
    return true;
  });
}
