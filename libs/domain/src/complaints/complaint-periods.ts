import { addDays } from '../calendar/calendar-date';
import type { DeadlineUnit } from '../calendar/deadline';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { clockDueDate, newClock } from '../clock/legal-clock';

export type Instance = 1 | 2;
export interface Period {
  amount: number;
  unit: DeadlineUnit;
}

/**
 * The periods of a complaint (domain §6, Luật Khiếu nại 2011), as configuration with the law's figures as defaults.
 * Resolution periods are counted in "ngày" (calendar days, BLDS 2015 Art. 147–148) from the acceptance (thụ lý).
 */
export const COMPLAINT_PERIODS = {
  /** Art. 9: 90 days from receiving or learning of the decision; time lost to objective obstacles is not counted */
  filingWindowDays: 90,
  /** Art. 27/36: acceptance within 10 days; TT 07/2013 reads it as working days (a setting, `acceptanceUnit`) */
  acceptanceDays: 10,
  /** Art. 28 (first instance) and Art. 37 (second): [normal, complex], and in remote or difficult areas */
  resolutionDays: {
    1: { normal: [30, 45], remote: [45, 60] },
    2: { normal: [45, 60], remote: [60, 70] },
  },
  /** Art. 32: the first decision is sent within 3 working days; Art. 41: the second within 7 days */
  sendDecision: { 1: { amount: 3, unit: 'working_days' }, 2: { amount: 7, unit: 'calendar_days' } } as Record<Instance, Period>,
  /** Art. 33: a second complaint within 30 days of receiving the first decision or of its period lapsing (remote 45) */
  secondInstanceWindowDays: { normal: 30, remote: 45 },
  /** Art. 44(1), (2): a first or second decision takes legal effect 30 days after it is issued (remote or difficult areas: up to 45) */
  legalEffectDays: { 1: { normal: 30, remote: 45 }, 2: { normal: 30, remote: 45 } },
} as const;

export type AcceptanceUnit = DeadlineUnit;
export const DEFAULT_ACCEPTANCE_UNIT: AcceptanceUnit = 'working_days';

/** The end of a period of `days` calendar days counted from the day after `from` (BLDS 148(5): a day off moves it on). */
export function calendarPeriodEnd(calendar: WorkingCalendar, from: string, days: number): string {
  return clockDueDate(calendar, newClock(from, days, 'calendar_days')) as string;
}

export function acceptancePeriod(unit: AcceptanceUnit = DEFAULT_ACCEPTANCE_UNIT): Period {
  return { amount: COMPLAINT_PERIODS.acceptanceDays, unit };
}

/** The resolution period of a complaint, from its acceptance. */
export function resolutionPeriod(instance: Instance, complex: boolean, remoteArea: boolean): Period {
  const [normal, complexDays] = COMPLAINT_PERIODS.resolutionDays[instance][remoteArea ? 'remote' : 'normal'];
  return { amount: complex ? complexDays : normal, unit: 'calendar_days' };
}

/** The last day a complaint may be filed: 90 days from learning of the decision, plus the days lost to obstacles. */
export function filingWindowEnd(calendar: WorkingCalendar, learnedOn: string, obstacleDays = 0): string {
  return calendarPeriodEnd(calendar, learnedOn, COMPLAINT_PERIODS.filingWindowDays + obstacleDays);
}

/** The last day of the second-instance window, from receiving the first decision or from its period lapsing. */
export function secondInstanceWindowEnd(calendar: WorkingCalendar, from: string, remoteArea: boolean): string {
  return calendarPeriodEnd(calendar, from, COMPLAINT_PERIODS.secondInstanceWindowDays[remoteArea ? 'remote' : 'normal']);
}

/** The day a decision takes legal effect (Art. 44): the day after its 30 (45) days, unless a second complaint came. */
export function legalEffectFrom(calendar: WorkingCalendar, issuedOn: string, instance: Instance, remoteArea: boolean): string {
  const days = COMPLAINT_PERIODS.legalEffectDays[instance][remoteArea ? 'remote' : 'normal'];
  return addDays(calendarPeriodEnd(calendar, issuedOn, days), 1);
}

/** The periods of a denunciation (domain §7, Luật Tố cáo 2018), configuration with the law's figures as defaults. */
export const DENUNCIATION_PERIODS = {
  /** Art. 24(1): initial processing in 7 working days, 10 when it must be checked in several places */
  initialProcessing: { onePlace: 7, severalPlaces: 10 },
  /** Art. 30(1): 30 days from acceptance; each extension at most 30 days */
  resolutionDays: 30,
  maxExtensionDays: 30,
} as const;

export function initialProcessingPeriod(places: number): Period {
  const p = DENUNCIATION_PERIODS.initialProcessing;
  return { amount: places > 1 ? p.severalPlaces : p.onePlace, unit: 'working_days' };
}
