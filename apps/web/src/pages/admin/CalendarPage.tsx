import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Flex, Input, Popconfirm, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { errorText, fieldProblems } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import { AdminOnly } from './AdminOnly';
import { CalendarLegend } from './CalendarLegend';
import { DayModal } from './DayModal';
import { MonthGrid } from './MonthGrid';
import { CALENDAR_M } from './calendar-messages';
import { type CalendarDraft, type YearCalendar, changedDay, draftOf, markDay, markOf, sameDraft } from './calendar-model';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const THIS_YEAR = new Date().getFullYear();

export function CalendarPage() {
  return (
    <AdminOnly>
      <CalendarEditor />
    </AdminOnly>
  );
}

/** The year in the address (?year=2027), this year by default. */
function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 1900 && asked <= 2100 ? asked : THIS_YEAR;
  return [year, (next) => setParams({ year: String(next) }, { replace: true })];
}

function CalendarEditor() {
  const m = useMessages(CALENDAR_M);
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const queries = useQueryClient();
  const [year, setYear] = useYear();
  // The year as saved; read once per year (no refetch on focus: it would not replace the draft anyway).
  const calendar = useQuery({ queryKey: ['calendar-year', year], queryFn: () => api<YearCalendar>(`/calendar/years/${year}`), staleTime: Infinity, refetchOnWindowFocus: false });
  const [edits, setEdits] = useState<{ year: number; draft: CalendarDraft } | null>(null);
  const [openDate, setOpenDate] = useState<string | null>(null);
  const [activeDate, setActiveDate] = useState(`${year}-01-01`);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);

  const saved = calendar.data ? draftOf(calendar.data) : null;
  const draft = edits?.year === year ? edits.draft : saved;
  const dirty = !!saved && !!draft && !sameDraft(saved, draft);
  const changedCount = saved && draft ? [...new Set([...saved.holidays, ...saved.workingDays, ...draft.holidays, ...draft.workingDays].map((d) => d.date))].filter((d) => changedDay(saved, draft, d)).length : 0;

  const edit = (next: CalendarDraft) => {
    setEdits({ year, draft: next });
    setRefusal(null);
  };
  const goTo = (next: number) => {
    const go = () => {
      setEdits(null);
      setRefusal(null);
      setActiveDate(`${next}-01-01`);
      setYear(next);
    };
    if (!dirty) return go();
    modal.confirm({ title: m.switchYearConfirm(year), okText: m.switchYear, cancelText: m.cancel, onOk: go });
  };

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    setRefusal(null);
    try {
      const body = { holidays: draft.holidays, workingDays: draft.workingDays, ...(draft.source.trim() ? { source: draft.source.trim() } : {}) };
      const result = await api<YearCalendar>(`/calendar/years/${year}`, { method: 'PUT', body });
      queries.setQueryData(['calendar-year', year], result);
      setEdits(null);
      void message.success(m.saved(year));
    } catch (error) {
      setRefusal(error); // the draft stays as it is, to be corrected
    } finally {
      setSaving(false);
    }
  };

  const problems = refusal ? fieldProblems(refusal, i18n.language) : new Map<string, string>();
  const sourceProblem = problems.get('source');
  // A problem with the source shows under its input; anything else (a date of another year…) beside Save.
  const onlySource = !!sourceProblem && problems.size === 1;
  const tabDate = activeDate.startsWith(`${year}-`) ? activeDate : `${year}-01-01`;
  const years = Array.from({ length: 11 }, (_, i) => year - 5 + i);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>{m.title}</Typography.Title>
        <Typography.Text type="secondary">{m.lead}</Typography.Text>
      </div>
      <Flex wrap gap={8} align="center">
        <Button icon={<LeftOutlined />} onClick={() => goTo(year - 1)} aria-label={m.previousYear} />
        <label htmlFor="calendar-year" style={{ fontWeight: 500 }}>{m.year}</label>
        <Select id="calendar-year" value={year} onChange={goTo} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} />
        <Button icon={<RightOutlined />} onClick={() => goTo(year + 1)} aria-label={m.nextYear} />
        {calendar.data ? (
          <Tag color={calendar.data.status === 'official' ? 'green' : 'gold'} data-calendar-status={calendar.data.status}>
            {calendar.data.status === 'official' ? `✓ ${m.official}` : m.provisional}
          </Tag>
        ) : null}
      </Flex>
      <QueryState loading={calendar.isPending} error={calendar.error} retry={() => void calendar.refetch()}>
        {calendar.data && draft && saved ? (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Alert
              type={calendar.data.status === 'official' ? 'success' : 'warning'}
              showIcon
              title={calendar.data.status === 'official' ? m.officialNote(calendar.data.source ?? '') : m.provisionalNote}
            />
            <CalendarLegend />
            <Row gutter={[12, 12]}>
              {MONTHS.map((month) => (
                <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
                  <MonthGrid
                    year={year}
                    month={month}
                    draft={draft}
                    saved={saved}
                    provisional={calendar.data.status === 'provisional'}
                    activeDate={tabDate}
                    onActivate={setActiveDate}
                    onOpen={setOpenDate}
                  />
                </Col>
              ))}
            </Row>
            <div style={{ position: 'sticky', bottom: 0, background: '#fff', padding: 12, border: '1px solid #f0f0f0', borderRadius: 8, zIndex: 2 }}>
              <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                <div>
                  <label htmlFor="calendar-source" style={{ display: 'block', marginBottom: 4, fontWeight: 500 }}>{m.source}</label>
                  <Input
                    id="calendar-source"
                    value={draft.source}
                    maxLength={500}
                    placeholder={m.sourcePlaceholder}
                    status={sourceProblem ? 'error' : undefined}
                    aria-describedby={sourceProblem ? 'calendar-source-problem' : undefined}
                    onChange={(e) => edit({ ...draft, source: e.target.value })}
                  />
                  {sourceProblem ? <Typography.Text id="calendar-source-problem" type="danger">{sourceProblem}</Typography.Text> : null}
                </div>
                <Flex wrap gap={8} align="center">
                  <Popconfirm title={m.saveConfirm(year)} description={m.saveConfirmDetail} okText={t('common.save')} cancelText={m.cancel} onConfirm={() => void save()}>
                    <Button type="primary" loading={saving} disabled={!dirty && calendar.data.status === 'official'}>{m.save(year)}</Button>
                  </Popconfirm>
                  {dirty ? (
                    <Popconfirm title={m.discardConfirm} okText={m.discard} cancelText={m.cancel} onConfirm={() => setEdits(null)}>
                      <Button>{m.discard}</Button>
                    </Popconfirm>
                  ) : null}
                  {dirty ? <Typography.Text type="warning" strong>* {m.changed(changedCount)}</Typography.Text> : null}
                </Flex>
                {refusal && !onlySource ? <Alert type="error" showIcon role="alert" title={m.refused + errorText(refusal, i18n.language, t('common.networkError'))} /> : null}
              </Space>
            </div>
            <DayModal
              date={openDate}
              current={openDate ? markOf(draft, openDate) : null}
              onApply={(mark) => {
                if (openDate) edit(markDay(draft, openDate, mark));
                setOpenDate(null);
              }}
              onClose={() => setOpenDate(null)}
            />
          </Space>
        ) : null}
      </QueryState>
    </Space>
  );
}
