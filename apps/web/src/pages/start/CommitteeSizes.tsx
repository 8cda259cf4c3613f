import { Form, Typography } from 'antd';
import { useMessages } from '../../i18n/use-messages';
import { type CommitteeMemberValues, bodySizes } from './committee-request';

const M = {
  vi: {
    sizes: (bch: number, btv: number, ubkt: number) => `Ban Chấp hành: ${bch} ủy viên · Ban Thường vụ: ${btv} · Ủy ban Kiểm tra: ${ubkt}`,
    btvNeeds9: 'Ban Chấp hành dưới 9 ủy viên thì không bầu Ban Thường vụ (Điều lệ Công đoàn Việt Nam khóa XIII, Điều 13 khoản 7).',
  },
  en: {
    sizes: (bch: number, btv: number, ubkt: number) => `Executive Committee: ${bch} members · Standing Committee: ${btv} · Inspection Committee: ${ubkt}`,
    btvNeeds9: 'With fewer than 9 Executive Committee members no Standing Committee is elected (Điều lệ XIII Art. 13(7)).',
  },
};

/** How many the list seats on each body, as the API will count them, with the BTV rule when it bites. */
export function CommitteeSizes() {
  const m = useMessages(M);
  const members = Form.useWatch(['data', 'members'], Form.useFormInstance()) as CommitteeMemberValues[] | undefined;
  const sizes = bodySizes(members);
  return (
    <div style={{ marginBottom: 24 }} data-testid="committee-sizes" aria-live="polite">
      <Typography.Text strong>{m.sizes(sizes.BCH, sizes.BTV, sizes.UBKT)}</Typography.Text>
      {sizes.BTV > 0 && sizes.BCH < 9 && (
        <Typography.Paragraph type="warning" style={{ margin: '4px 0 0' }}>
          {m.btvNeeds9}
        </Typography.Paragraph>
      )}
    </div>
  );
}
