import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OrgLevel } from '@congdoan/domain';

/**
 * A union body in the hierarchy. Dated (valid_from/valid_to) because provinces merge and bodies are dissolved
 * (2025: Công đoàn Viên chức tỉnh ended in several provinces); `parent_id` is the "cấp trên trực tiếp" relation.
 */
@Entity({ name: 'org_units' })
@Index('org_units_parent_idx', ['parentId'])
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Issuer code used in document numbers, e.g. `CĐVC` in `Số: 05/QĐ-CĐVC`. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  level!: OrgLevel;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
