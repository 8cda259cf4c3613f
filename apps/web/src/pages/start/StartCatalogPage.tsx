import { Button, Col, Empty, Row, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import { useMessages } from '../../i18n/use-messages';
import { offeredTo, openerRole } from './offered-procedures';
import { ProcedureCard } from './ProcedureCard';
import { CASE_FORMS } from './procedure-forms';
import { useCatalog } from './use-catalog';

const M = {
  vi: {
    title: 'Khởi tạo hồ sơ',
    intro: 'Chọn thủ tục để tiếp nhận hồ sơ mới. Thời hạn của mỗi bước tính theo ngày làm việc hoặc ngày theo lịch, kể từ ngày nhận hồ sơ.',
    empty: 'Chưa có thủ tục nào.',
    noneOffered: 'Với vai trò hiện tại, bạn không khởi tạo được hồ sơ của thủ tục nào.',
    showOthers: (n: number) => `Xem ${n} thủ tục khác (do người khác khởi tạo)`,
    hideOthers: 'Ẩn các thủ tục khác',
    others: 'Thủ tục do người khác khởi tạo',
  },
  en: {
    title: 'Open a case',
    intro: "Choose a procedure to receive a new dossier. Each step's period counts in working or calendar days from the day the dossier arrived.",
    empty: 'No procedures yet.',
    noneOffered: 'With your current roles you cannot open a case of any procedure.',
    showOthers: (n: number) => `Show ${n} other procedures (opened by others)`,
    hideOthers: 'Hide the other procedures',
    others: 'Procedures opened by others',
  },
};

/**
 * `/start`: the procedures the user may open (their roles decide: the lower union's chair files its committee
 * dossiers, the UBKT receives complaints…), one card each with the way to open a case; the others on request.
 */
export function StartCatalogPage() {
  const m = useMessages(M);
  const catalog = useCatalog();
  const { me } = useSession();
  const [showOthers, setShowOthers] = useState(false);
  const all = catalog.data ?? [];
  const offered = all.filter((p) => offeredTo(me, p));
  const others = all.filter((p) => !offeredTo(me, p));
  const cards = (list: typeof all, yours: boolean) => (
    <Row gutter={[16, 16]}>
      {list.map((p) => (
        <Col key={p.code} xs={24} xl={12}>
          <ProcedureCard procedure={p} hasForm={!!CASE_FORMS[p.code]} openedBy={yours ? undefined : openerRole(p)} />
        </Col>
      ))}
    </Row>
  );
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <QueryState loading={catalog.isPending} error={catalog.error} retry={() => void catalog.refetch()}>
        {all.length === 0 ? (
          <Empty description={m.empty} />
        ) : (
          <>
            {offered.length > 0 ? cards(offered, true) : <Empty description={m.noneOffered} />}
            {others.length > 0 && (
              <div style={{ marginTop: 24 }}>
                <Button type="link" style={{ paddingInline: 0 }} aria-expanded={showOthers} onClick={() => setShowOthers((v) => !v)}>
                  {showOthers ? m.hideOthers : m.showOthers(others.length)}
                </Button>
                {showOthers && (
                  <section aria-label={m.others} style={{ marginTop: 8 }}>
                    {cards(others, false)}
                  </section>
                )}
              </div>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
