import { Card, Empty, Timeline, Typography } from 'antd';
import type { DossierItem, TimelineEntry } from '../../api/types';
import { viDateTime } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { useCaseLabels } from './case-labels';

const M = {
  vi: { title: 'Diễn biến hồ sơ', empty: 'Chưa có sự kiện nào', system: 'Hệ thống', missing: 'Thành phần còn thiếu' },
  en: { title: 'History', empty: 'Nothing has happened yet', system: 'System', missing: 'Missing items' },
};

const COLORS: Record<string, string> = { escalated: 'red', reminder: 'gray', case_closed: 'green', delegated: 'blue' };

/** A return's missing items (`data.missing`: checklist keys or free text), by their checklist names where they have one. */
function missingOf(e: TimelineEntry, dossier: DossierItem[]): string[] {
  const missing = e.data?.missing;
  if (!Array.isArray(missing)) return [];
  return missing.filter((x): x is string => typeof x === 'string').map((x) => dossier.find((d) => d.key === x)?.name ?? x);
}

/** Every event of the case, oldest first and newest last: when, who, what, and the comment given. */
export function TimelineCard({ events, dossier }: { events: TimelineEntry[]; dossier: DossierItem[] }) {
  const m = useMessages(M);
  const labels = useCaseLabels();
  const ordered = [...events].sort((a, b) => a.when.localeCompare(b.when) || a.id - b.id);
  return (
    <Card title={m.title} size="small">
      {ordered.length === 0 ? (
        <Empty description={m.empty} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={ordered.map((e) => ({
            key: e.id,
            color: COLORS[e.kind] ?? 'blue',
            content: (
              <div>
                <Typography.Text type="secondary">
                  <time dateTime={e.when}>{viDateTime(e.when)}</time> · {e.who?.fullName ?? m.system}
                </Typography.Text>
                <div>{labels.event(e.kind, e.what)}</div>
                {missingOf(e, dossier).length > 0 && (
                  <div>
                    <Typography.Text type="secondary">{m.missing}: </Typography.Text>
                    {missingOf(e, dossier).join('; ')}
                  </div>
                )}
                {e.comment && <Typography.Paragraph style={{ margin: 0, fontStyle: 'italic' }}>“{e.comment}”</Typography.Paragraph>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
