import { Form, Select, Typography } from 'antd';
import type { Me } from '../../api/types';
import { useOrgUnits } from '../../components/use-org-units';
import { useMessages } from '../../i18n/use-messages';

const M = {
  vi: {
    label: 'Công đoàn cơ sở',
    help: 'Công đoàn nơi bạn là Chủ tịch.',
    rule: 'Hãy chọn công đoàn cơ sở',
    sentTo: (upper: string) => `Hồ sơ gửi đến công đoàn cấp trên trực tiếp: ${upper}.`,
  },
  en: {
    label: 'Grassroots union',
    help: 'The union you chair.',
    rule: 'Choose the grassroots union',
    sentTo: (upper: string) => `The dossier goes to the direct upper union: ${upper}.`,
  },
};

/** The lower union whose dossier this is (`data.cdcsId`): one the user chairs; the upper union that decides is named. */
export function OwnUnionField({ units }: { units: Me['units'] }) {
  const m = useMessages(M);
  const form = Form.useFormInstance();
  const cdcsId = Form.useWatch(['data', 'cdcsId'], form) as string | undefined;
  const all = useOrgUnits();
  const parentId = all.data?.items.find((u) => u.id === cdcsId)?.parentId;
  const upper = all.data?.items.find((u) => u.id === parentId);
  return (
    <>
      <Form.Item label={m.label} name={['data', 'cdcsId']} rules={[{ required: true, message: m.rule }]} extra={m.help} style={{ marginBottom: upper ? 4 : undefined }}>
        <Select options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))} />
      </Form.Item>
      {upper && (
        <Typography.Paragraph type="secondary" data-testid="upper-union">
          {m.sentTo(upper.name)}
        </Typography.Paragraph>
      )}
    </>
  );
}

/** The upper union that decides a lower union's dossier: the `orgUnitId` of the case. */
export function useUpperUnionOf() {
  const all = useOrgUnits();
  return (cdcsId: string | undefined): string | undefined => all.data?.items.find((u) => u.id === cdcsId)?.parentId ?? undefined;
}
