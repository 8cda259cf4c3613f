import type { Dayjs } from 'dayjs';

/** The founding form's values: shaped like the `POST /api/cases` body, so the server's field paths name its inputs. */
export interface FoundingValues {
  orgUnitId?: string;
  title?: string;
  receivedAt?: Dayjs | null;
  data?: {
    unitName?: string;
    memberCount?: number | null;
    applicants?: { fullName?: string }[];
    bch?: { fullName?: string; position?: string }[];
  };
}

export interface CreateCaseBody {
  procedureCode: string;
  orgUnitId: string;
  title: string;
  receivedAt?: string;
  data: Record<string, unknown>;
}

export const BCH_POSITIONS = ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên'] as const;

const trimmed = (value: string | undefined): string => (value ?? '').trim();

/** The request body: texts trimmed; the optional BCH sent only when someone is listed (an empty list is refused). */
export function foundingRequest(values: FoundingValues): CreateCaseBody {
  const data = values.data ?? {};
  const bch = (data.bch ?? []).map((member) => ({ fullName: trimmed(member.fullName), ...(member.position ? { position: member.position } : {}) }));
  return {
    procedureCode: 'thanh-lap-cdcs',
    orgUnitId: values.orgUnitId ?? '',
    title: trimmed(values.title),
    ...(values.receivedAt ? { receivedAt: values.receivedAt.format('YYYY-MM-DD') } : {}),
    data: {
      unitName: trimmed(data.unitName),
      memberCount: data.memberCount,
      applicants: (data.applicants ?? []).map((a) => ({ fullName: trimmed(a.fullName) })),
      ...(bch.length > 0 ? { bch } : {}),
    },
  };
}

/** The title the form proposes while the officer has not written their own. */
export const proposedTitle = (unitName: string | undefined): string => (trimmed(unitName) ? `Thành lập CĐCS ${trimmed(unitName)}` : '');
