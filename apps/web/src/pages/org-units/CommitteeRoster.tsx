import { Card, Col, DatePicker, Empty, Flex, Row, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CommitteeSeat } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { viDate } from '../../components/dates';
import { BODY_WORDS, COMMITTEE_BODIES, POSITIONS, POSITION_WORDS, wordOf } from '../../components/union-words';
import { useMessages } from '../../i18n/use-messages';
import { useCommittee } from './use-committee';

const M = {
  vi: {
    on: 'Tại ngày',
    count: (n: number) => `${n} người`,
    interim: 'Tạm thời điều hành (chờ quyết định công nhận)',
    outgoing: 'Nhiệm kỳ trước: đến khi có quyết định công nhận Ban Chấp hành mới',
    since: (date: string) => `từ ${date}`,
    decision: (number: string, date: string) => `QĐ ${number}, từ ${date}`,
    empty: 'Chưa có ai được ghi nhận trong Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra tại ngày này.',
    emptyBody: 'Không có',
  },
  en: {
    on: 'On',
    count: (n: number) => `${n} people`,
    interim: 'Acting (awaiting the recognition decision)',
    outgoing: 'Previous term: until the new committee is recognised',
    since: (date: string) => `since ${date}`,
    decision: (number: string, date: string) => `Decision ${number}, since ${date}`,
    empty: 'Nobody is recorded on the committees of this unit on that day.',
    emptyBody: 'None',
  },
};

const rank = (p: string | null) => {
  const i = POSITIONS.indexOf((p ?? '') as never);
  return i < 0 ? POSITIONS.length : i;
};

/** The unit's BCH, BTV and UBKT on a day, with each person's position; the interim holders marked as such. */
export function CommitteeRoster({ unitId, on, onDate }: { unitId: string; on: string; onDate: (date: string) => void }) {
  const m = useMessages(M);
  const { i18n } = useTranslation();
  const roster = useCommittee(unitId, on);
  const seats = roster.data ?? [];
  const positionOf = (s: CommitteeSeat) => (i18n.language === 'en' ? wordOf(POSITION_WORDS, 'en', s.position) : (s.positionLabel ?? wordOf(POSITION_WORDS, 'vi', s.position)));
  return (
    <Flex vertical gap={12}>
      <div>
        <label htmlFor="roster-on" style={{ display: 'block', marginBottom: 4 }}>{m.on}</label>
        <DatePicker id="roster-on" format="DD/MM/YYYY" allowClear={false} value={dayjs(on)} onChange={(d) => d && onDate(d.format('YYYY-MM-DD'))} style={{ width: 180 }} />
      </div>
      <QueryState loading={roster.isPending} error={roster.error} retry={() => void roster.refetch()}>
        {seats.length === 0 ? (
          <Empty description={m.empty} />
        ) : (
          <Row gutter={[16, 16]}>
            {COMMITTEE_BODIES.map((body) => {
              // The previous term's seats, while the newly elected officers act, come last and muted.
              const members = seats
                .filter((s) => s.body === body)
                .sort((a, b) => Number(!!a.outgoing) - Number(!!b.outgoing) || rank(a.position) - rank(b.position) || a.fullName.localeCompare(b.fullName, 'vi'));
              return (
                <Col key={body} xs={24} lg={8}>
                  <Card size="small" title={wordOf(BODY_WORDS, i18n.language, body)} extra={<Typography.Text type="secondary">{m.count(members.length)}</Typography.Text>} data-testid={`roster-${body}`} style={{ height: '100%' }}>
                    {members.length === 0 ? (
                      <Typography.Text type="secondary">{m.emptyBody}</Typography.Text>
                    ) : (
                      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                        {members.map((s, i) => (
                          <li key={`${s.fullName}-${i}`} style={{ padding: '6px 0', borderTop: i ? '1px solid #f0f0f0' : undefined, opacity: s.outgoing ? 0.6 : 1 }}>
                            <div style={{ fontWeight: 500 }}>{s.fullName}</div>
                            {s.position && <div>{positionOf(s)}</div>}
                            {s.outgoing ? (
                              <Tag style={{ marginTop: 4, whiteSpace: 'normal' }} data-testid="outgoing">
                                {m.outgoing}
                              </Tag>
                            ) : s.status === 'interim' ? (
                              <Tag color="orange" style={{ marginTop: 4, whiteSpace: 'normal' }} data-testid="interim">
                                {m.interim}
                              </Tag>
                            ) : (
                              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                                {s.decisionNumber ? m.decision(s.decisionNumber, viDate(s.validFrom)) : m.since(viDate(s.validFrom))}
                              </Typography.Text>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Card>
                </Col>
              );
            })}
          </Row>
        )}
      </QueryState>
    </Flex>
  );
}
