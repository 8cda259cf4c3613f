import type { Dayjs } from 'dayjs';
import type { Channel } from '../../api/types';
import type { CreateCaseBody } from './founding-request';
import { compact, optional, trimmed } from './intake-rules';

/** The tố cáo form's values: shaped like the `POST /api/cases` body, so the server's field paths name its inputs. */
export interface DenunciationValues {
  orgUnitId?: string;
  title?: string;
  receivedAt?: Dayjs | null;
  data?: {
    anonymous?: boolean;
    denouncer?: { fullName?: string; address?: string; phone?: string; email?: string };
    accused?: { fullName?: string; position?: string; userId?: string; isHead?: boolean };
    content?: string;
    form?: 'written' | 'oral';
    channel?: Channel;
    places?: number | null;
  };
}

/**
 * The request body: texts trimmed, empty optional fields left out; an anonymous letter carries no denouncer at all
 * (the API refuses one), whatever was typed before the switch was turned on.
 */
export function denunciationRequest(values: DenunciationValues): CreateCaseBody {
  const data = values.data ?? {};
  const anonymous = data.anonymous === true;
  const denouncer = data.denouncer ?? {};
  const accused = data.accused ?? {};
  return {
    procedureCode: 'to-cao',
    orgUnitId: values.orgUnitId ?? '',
    title: trimmed(values.title),
    ...(values.receivedAt ? { receivedAt: values.receivedAt.format('YYYY-MM-DD') } : {}),
    data: compact({
      ...(anonymous
        ? { anonymous: true }
        : {
            denouncer: compact({ fullName: trimmed(denouncer.fullName), address: trimmed(denouncer.address), phone: optional(denouncer.phone), email: optional(denouncer.email) }),
          }),
      accused: compact({ fullName: trimmed(accused.fullName), position: optional(accused.position), userId: accused.userId || undefined, ...(accused.isHead ? { isHead: true } : {}) }),
      content: trimmed(data.content),
      form: data.form,
      channel: data.channel,
      places: data.places ?? undefined,
    }),
  };
}

/** The title the form proposes: who is accused, never who denounced (the title is seen by everyone on the case). */
export const proposedDenunciationTitle = (accused: string | undefined): string => (trimmed(accused) ? `Tố cáo đối với ${trimmed(accused)}` : '');
