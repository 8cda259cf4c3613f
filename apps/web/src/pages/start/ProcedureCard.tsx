import { Alert, Button, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CatalogProcedure, Role } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';
import { periodWords, roleWords } from './procedure-words';

const M = {
  vi: {
    steps: 'Các bước xử lý',
    who: 'Người thực hiện',
    period: 'Thời hạn',
    dossier: 'Thành phần hồ sơ',
    dossierCount: (all: number, required: number) => `${all} thành phần, ${required} bắt buộc`,
    noDossier: 'Chưa có danh mục thành phần hồ sơ.',
    required: 'Bắt buộc',
    optional: 'Không bắt buộc',
    start: 'Khởi tạo hồ sơ',
    noForm: 'Biểu mẫu đang được xây dựng',
    openedBy: (who: string) => `Hồ sơ của thủ tục này do ${who} khởi tạo.`,
  },
  en: {
    steps: 'Steps',
    who: 'Who acts',
    period: 'Period',
    dossier: 'Dossier checklist',
    dossierCount: (all: number, required: number) => `${all} items, ${required} required`,
    noDossier: 'No dossier checklist yet.',
    required: 'Required',
    optional: 'Optional',
    start: 'Open a case',
    noForm: 'The form is being built',
    openedBy: (who: string) => `A case of this procedure is opened by the ${who}.`,
  },
};

/** One procedure of the catalog: its steps in order (who acts, legal period), its checklist, and how to start it. */
export function ProcedureCard({ procedure, hasForm, openedBy }: { procedure: CatalogProcedure; hasForm: boolean; openedBy?: Role }) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const navigate = useNavigate();
  const headingId = `procedure-${procedure.code}`;
  const required = procedure.dossier.filter((d) => d.required).length;

  return (
    <Card style={{ height: '100%' }} styles={{ body: { display: 'flex', flexDirection: 'column', height: '100%' } }}>
      <article aria-labelledby={headingId} style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
        <Typography.Title level={2} id={headingId} style={{ fontSize: 18, marginTop: 0 }}>{procedure.name}</Typography.Title>

        <Typography.Title level={3} style={{ fontSize: 15 }}>{m.steps}</Typography.Title>
        <ol style={{ paddingInlineStart: 20, marginTop: 0 }}>
          {procedure.steps.map((step) => (
            <li key={step.key} style={{ marginBottom: 6 }}>
              <div>{step.name}</div>
              <Typography.Text type="secondary">
                {m.who}: {roleWords(step.role, i18n.language)} · {m.period}: {periodWords(step.deadline, i18n.language)}
              </Typography.Text>
            </li>
          ))}
        </ol>

        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {m.dossier}{' '}
          {procedure.dossier.length > 0 ? <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>({m.dossierCount(procedure.dossier.length, required)})</Typography.Text> : null}
        </Typography.Title>
        {procedure.dossier.length > 0 ? (
          <ul style={{ paddingInlineStart: 20, marginTop: 0 }}>
            {procedure.dossier.map((item) => (
              <li key={item.key} style={{ marginBottom: 4 }}>
                {item.name} <Tag color={item.required ? 'geekblue' : 'default'}>{item.required ? m.required : m.optional}</Tag>
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Paragraph type="secondary">{m.noDossier}</Typography.Paragraph>
        )}

        <div style={{ marginTop: 'auto', paddingTop: 8 }}>
          {openedBy ? (
            <Typography.Text type="secondary">{m.openedBy(roleWords(openedBy, i18n.language))}</Typography.Text>
          ) : hasForm ? (
            <Button type="primary" size="large" onClick={() => navigate(`/start/${procedure.code}`)} aria-describedby={headingId}>{m.start}</Button>
          ) : (
            <Alert type="info" showIcon title={m.noForm} />
          )}
        </div>
      </article>
    </Card>
  );
}
