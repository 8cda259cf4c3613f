import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Col, Grid, Row } from 'antd';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import type { CaseView, OrgUnit, Procedure } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { ActionPanel } from './ActionPanel';
import { CaseHeader } from './CaseHeader';
import { ClockPanel } from './ClockPanel';
import { CaseDetailsCard, DETAILED_PROCEDURES } from './CaseDetailsCard';
import { CommitteeCard } from './CommitteeCard';
import { ComplaintBanners } from './ComplaintBanners';
import { DocumentsCard } from './DocumentsCard';
import { DossierCard } from './DossierCard';
import { HoldBanner } from './HoldBanner';
import { IdentityReadsCard } from './IdentityReadsCard';
import { LinkedCasesCard } from './LinkedCasesCard';
import { MeetingsCard } from './MeetingsCard';
import { meetingsOf } from './meetings-of';
import { PartiesCard } from './PartiesCard';
import { StepsCard } from './StepsCard';
import { TimelineCard } from './TimelineCard';
import { caseKey } from './case-api';
import { identityHidden, isComplaintOrDenunciation } from './complaint-case';

const GAP = 16;

/**
 * The case page (/cases/:id): header, the user's action first, then the legal clock, steps, dossier, documents and the
 * timeline. Two columns on a wide screen; one on a phone, in the order an officer works through a case.
 */
export function CasePage() {
  const { id = '' } = useParams();
  const queries = useQueryClient();
  const wide = Grid.useBreakpoint().lg ?? false;
  const kase = useQuery({ queryKey: caseKey(id), queryFn: () => api<CaseView>(`/cases/${id}`) });
  const procedures = useQuery({ queryKey: ['procedures'], queryFn: () => api<Procedure[]>('/procedures'), staleTime: Infinity });
  const units = useQuery({ queryKey: ['org-units'], queryFn: () => api<{ items: OrgUnit[] }>('/org-units'), staleTime: 10 * 60_000 });

  const reload = () => {
    void queries.invalidateQueries({ queryKey: caseKey(id) });
    void queries.invalidateQueries({ queryKey: ['tasks'] });
  };
  // The action's answer is the case as it now stands: shown at once. It comes without the live clock (the API does not
  // query the workflow after a write), so the case is read again for it; the inbox, notifications and list catch up.
  const updated = (next: CaseView) => {
    // An action's answer never carries a denouncer's identity (it is written for whoever acted): someone allowed to
    // see it keeps what is on screen until the case is read again, rather than the redacted copy for a moment.
    const shown = queries.getQueryData<CaseView>(caseKey(id));
    if (!(shown?.identity?.visibleToYou && !next.identity?.visibleToYou)) queries.setQueryData(caseKey(id), next);
    void queries.invalidateQueries({ queryKey: caseKey(id) });
    for (const key of ['tasks', 'notifications', 'cases']) void queries.invalidateQueries({ queryKey: [key] });
  };

  return (
    <QueryState loading={kase.isPending} error={kase.error} retry={() => void kase.refetch()}>
      {kase.data && (
        <CaseBody
          caseView={kase.data}
          wide={wide}
          procedure={procedures.data?.find((p) => p.code === kase.data.procedureCode)}
          unitName={units.data?.items.find((u) => u.id === kase.data.orgUnitId)?.name}
          onUpdated={updated}
          onStale={reload}
          onChanged={() => void queries.invalidateQueries({ queryKey: caseKey(id) })}
        />
      )}
    </QueryState>
  );
}

interface BodyProps {
  caseView: CaseView;
  wide: boolean;
  procedure?: Procedure;
  unitName?: string;
  onUpdated(next: CaseView): void;
  onStale(): void;
  onChanged(): void;
}

function CaseBody({ caseView, wide, procedure, unitName, onUpdated, onStale, onChanged }: BodyProps) {
  const clockStep = caseView.clock && caseView.steps.find((s) => s.taskId === caseView.clock?.taskId);
  const clock = caseView.clock && <ClockPanel clock={caseView.clock} stepName={clockStep?.name ?? caseView.clock.stepKey} />;
  const steps = <StepsCard caseView={caseView} procedure={procedure} />;
  const dossier = <DossierCard caseView={caseView} onChanged={onChanged} />;
  const documents = <DocumentsCard documents={caseView.documents} identityHidden={identityHidden(caseView)} />;
  // A complaint or denunciation: who complains or denounces (when this user may see it), about whom; who may read the identity.
  const special = isComplaintOrDenunciation(caseView.procedureCode);
  const committee = ['cong-nhan-bch', 'bo-sung-uy-vien'].includes(caseView.procedureCode);
  const parties = special ? (
    <PartiesCard caseView={caseView} />
  ) : committee ? (
    <CommitteeCard caseView={caseView} />
  ) : (
    DETAILED_PROCEDURES.includes(caseView.procedureCode) && <CaseDetailsCard caseView={caseView} />
  );
  // The collective decisions (Hội đồng TĐKT, the BTV's secret ballot): the meeting and what it gave.
  const meetings = meetingsOf(caseView).length > 0 && <MeetingsCard caseView={caseView} />;
  const links = !!caseView.links?.length && <LinkedCasesCard caseView={caseView} />;
  const reads = special && caseView.identity?.visibleToYou && <IdentityReadsCard caseView={caseView} />;
  const timeline = <TimelineCard events={caseView.timeline} dossier={caseView.dossier} procedure={procedure} />;
  const column = (...cards: ReactNode[]) => (
    <div style={{ display: 'flex', flexDirection: 'column', gap: GAP }}>{cards.filter(Boolean).map((c, i) => <div key={i}>{c}</div>)}</div>
  );
  return (
    <article>
      <CaseHeader caseView={caseView} procedureName={procedure?.name} unitName={unitName} />
      <ComplaintBanners caseView={caseView} />
      <HoldBanner caseView={caseView} />
      <ActionPanel caseView={caseView} procedure={procedure} onUpdated={onUpdated} onStale={onStale} />
      {wide ? (
        <Row gutter={GAP}>
          <Col span={14}>{column(parties, links, meetings, clock, steps, timeline)}</Col>
          <Col span={10}>{column(dossier, documents, reads)}</Col>
        </Row>
      ) : (
        column(parties, links, meetings, clock, steps, dossier, documents, reads, timeline)
      )}
    </article>
  );
}
