import ArrowLeftOutlined from '@ant-design/icons/ArrowLeftOutlined';
import { Result, Steps, Typography } from 'antd';
import { type ComponentType, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseView, CatalogProcedure } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useMessages } from '../../i18n/use-messages';
import type { CaseFormProps } from './case-form-props';
import { DossierUploadStep } from './DossierUploadStep';
import { CASE_FORMS } from './procedure-forms';
import { useCatalog } from './use-catalog';

const M = {
  vi: {
    title: 'Khởi tạo hồ sơ',
    back: 'Danh mục thủ tục',
    stepForm: 'Thông tin hồ sơ',
    stepFiles: 'Nộp tệp hồ sơ',
    unknown: 'Không có thủ tục này',
    unknownHint: 'Thủ tục không có trong danh mục. Hãy chọn lại từ danh mục thủ tục.',
    noForm: 'Biểu mẫu đang được xây dựng',
    noFormHint: 'Thủ tục này chưa có biểu mẫu tiếp nhận trên giao diện web.',
  },
  en: {
    title: 'Open a case',
    back: 'Procedure catalog',
    stepForm: 'Case details',
    stepFiles: 'Dossier files',
    unknown: 'No such procedure',
    unknownHint: 'This procedure is not in the catalog. Choose one from the catalog.',
    noForm: 'The form is being built',
    noFormHint: 'This procedure has no intake form in the web UI yet.',
  },
};

/** `/start/:procedureCode`: the procedure's intake form, then its dossier files. */
export function StartCasePage() {
  const m = useMessages(M);
  const { procedureCode = '' } = useParams();
  const catalog = useCatalog();
  const procedure = catalog.data?.find((p) => p.code === procedureCode);
  const Form = CASE_FORMS[procedureCode];

  return (
    <>
      <Link to="/start"><ArrowLeftOutlined aria-hidden /> {m.back}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 8 }}>{m.title}</Typography.Title>
      <QueryState loading={catalog.isPending} error={catalog.error} retry={() => void catalog.refetch()}>
        {!procedure ? (
          <Result status="404" title={m.unknown} subTitle={m.unknownHint} extra={<Link to="/start">{m.back}</Link>} />
        ) : !Form ? (
          <Result status="info" title={m.noForm} subTitle={m.noFormHint} extra={<Link to="/start">{m.back}</Link>} />
        ) : (
          <StartWizard procedure={procedure} Form={Form} />
        )}
      </QueryState>
    </>
  );
}

/** Form, then files. "Another case" remounts the form: a fresh fill with a fresh Idempotency-Key. */
function StartWizard({ procedure, Form }: { procedure: CatalogProcedure; Form: ComponentType<CaseFormProps> }) {
  const m = useMessages(M);
  const [created, setCreated] = useState<CaseView | null>(null);
  const [fill, setFill] = useState(0);
  return (
    <>
      <Typography.Paragraph strong>{procedure.name}</Typography.Paragraph>
      <Steps size="small" current={created ? 1 : 0} items={[{ title: m.stepForm }, { title: m.stepFiles }]} style={{ maxWidth: 520, marginBottom: 24 }} />
      {created ? (
        <DossierUploadStep
          caseId={created.id}
          caseCode={created.code}
          dossier={created.dossier?.length ? created.dossier : procedure.dossier}
          onAnother={() => {
            setCreated(null);
            setFill((n) => n + 1);
          }}
        />
      ) : (
        <Form key={fill} procedure={procedure} onCreated={setCreated} />
      )}
    </>
  );
}
