import type { Dayjs } from 'dayjs';
import type { Channel } from '../../api/types';
import type { CreateCaseBody } from './founding-request';
import { compact, optional, trimmed } from './intake-rules';

/** The khiếu nại form's values: shaped like the `POST /api/cases` body, so the server's field paths name its inputs. */
export interface ComplaintValues {
  orgUnitId?: string;
  title?: string;
  receivedAt?: Dayjs | null;
  /** the form's switch only: sent as `data.instance: 2` with `data.firstCaseId` */
  secondInstance?: boolean;
  data?: {
    firstCaseId?: string;
    complainant?: { fullName?: string; address?: string; phone?: string };
    content?: string;
    decisionComplainedOf?: { summary?: string; number?: string; issuedOn?: Dayjs | null; issuerName?: string; signerName?: string; signerUserId?: string };
    complainedAgainst?: { fullName?: string; userId?: string };
    channel?: Channel;
    learnedOn?: Dayjs | null;
    obstacleDays?: number | null;
    complex?: boolean;
    remoteArea?: boolean;
  };
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

/**
 * The request body: texts trimmed, empty optional fields left out. A second complaint names its first case and no
 * decision (the API takes the first decision from that case).
 */
export function complaintRequest(values: ComplaintValues): CreateCaseBody {
  const data = values.data ?? {};
  const complainant = data.complainant ?? {};
  const decision = data.decisionComplainedOf ?? {};
  const against = data.complainedAgainst ?? {};
  const second = values.secondInstance === true;
  return {
    procedureCode: 'khieu-nai',
    orgUnitId: values.orgUnitId ?? '',
    title: trimmed(values.title),
    ...(values.receivedAt ? { receivedAt: day(values.receivedAt) } : {}),
    data: compact({
      ...(second ? { instance: 2, firstCaseId: data.firstCaseId } : {}),
      complainant: compact({ fullName: trimmed(complainant.fullName), address: trimmed(complainant.address), phone: optional(complainant.phone) }),
      content: trimmed(data.content),
      decisionComplainedOf: second
        ? undefined
        : compact({
            summary: trimmed(decision.summary),
            number: optional(decision.number),
            issuedOn: day(decision.issuedOn),
            issuerName: optional(decision.issuerName),
            signerName: optional(decision.signerName),
            signerUserId: decision.signerName?.trim() ? decision.signerUserId || undefined : undefined,
          }),
      complainedAgainst: trimmed(against.fullName) ? compact({ fullName: trimmed(against.fullName), userId: against.userId || undefined }) : undefined,
      channel: data.channel,
      learnedOn: second ? undefined : day(data.learnedOn),
      obstacleDays: second ? undefined : (data.obstacleDays ?? undefined),
      ...(data.complex ? { complex: true } : {}),
      ...(data.remoteArea ? { remoteArea: true } : {}),
    }),
  };
}

/** The title the form proposes while the officer has not written their own. */
export function proposedComplaintTitle(complainant: string | undefined, firstCode?: string): string {
  const who = trimmed(complainant);
  if (firstCode) return who ? `Khiếu nại lần hai của ${who} (hồ sơ ${firstCode})` : `Khiếu nại lần hai (hồ sơ ${firstCode})`;
  return who ? `Khiếu nại của ${who}` : '';
}
