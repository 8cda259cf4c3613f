import type { IntakeProtection } from '@congdoan/persistence';

/** A complaint or denunciation ready to record: its data as stored, its title, and what is recorded with it. */
export interface PreparedIntake {
  title: string;
  data: Record<string, unknown>;
  protection: IntakeProtection;
}
