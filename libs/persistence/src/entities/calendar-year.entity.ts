import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CalendarDay } from '@congdoan/domain';

/** A year's official schedule of days off and make-up working days, as entered from the government's notice. */
@Entity({ name: 'calendar_years' })
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'jsonb' })
  holidays!: CalendarDay[];

  @Column({ name: 'working_days', type: 'jsonb' })
  workingDays!: CalendarDay[];

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
