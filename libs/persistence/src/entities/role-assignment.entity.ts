import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@congdoan/domain';

/** A role a user holds in one org unit, for a period (a leader's term ends; a stand-in covers a leave). */
@Entity({ name: 'role_assignments' })
@Index('role_assignments_user_idx', ['userId'])
@Index('role_assignments_unit_role_idx', ['orgUnitId', 'role'])
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'text' })
  role!: Role;

  /** The position as printed on documents, e.g. "Chủ tịch", "Phó Chủ tịch", "Văn thư". */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
