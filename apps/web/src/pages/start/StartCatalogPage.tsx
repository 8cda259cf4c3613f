import { Col, Empty, Row, Typography } from 'antd';
import { QueryState } from '../../components/QueryState';
import { useMessages } from '../../i18n/use-messages';
import { ProcedureCard } from './ProcedureCard';
import { CASE_FORMS } from './procedure-forms';
import { useCatalog } from './use-catalog';

const M = {
  vi: {
    title: 'Khởi tạo hồ sơ',
    intro: 'Chọn thủ tục để tiếp nhận hồ sơ mới. Thời hạn của mỗi bước tính theo ngày làm việc hoặc ngày theo lịch, kể từ ngày nhận hồ sơ.',
    empty: 'Chưa có thủ tục nào.',
  },
  en: {
    title: 'Open a case',
    intro: "Choose a procedure to receive a new dossier. Each step's period counts in working or calendar days from the day the dossier arrived.",
    empty: 'No procedures yet.',
  },
};

/** `/start`: the procedure catalog, one card per procedure, each with the way to open a case of it. */
export function StartCatalogPage() {
  const m = useMessages(M);
  const catalog = useCatalog();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <QueryState loading={catalog.isPending} error={catalog.error} retry={() => void catalog.refetch()}>
        {catalog.data?.length ? (
          <Row gutter={[16, 16]}>
            {catalog.data.map((p) => (
              <Col key={p.code} xs={24} xl={12}>
                <ProcedureCard procedure={p} hasForm={!!CASE_FORMS[p.code]} />
              </Col>
            ))}
          </Row>
        ) : (
          <Empty description={m.empty} />
        )}
      </QueryState>
    </>
  );
}
