import { DatePicker, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me, Role } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';
import { PAST_DATE_INPUT, ROW } from './form-bits';
import { SECTION } from './IntakeFields';
import { useIntakeRules } from './intake-rules';
import { roleWords } from './procedure-words';

const M = {
  vi: {
    section: 'Tiếp nhận hồ sơ',
    orgUnitId: 'Đơn vị tiếp nhận',
    orgUnitHelp: (role: string) => `Đơn vị nơi bạn là ${role}.`,
    receivedAt: 'Ngày nhận hồ sơ',
    receivedAtHelp: 'Thời hạn tính từ ngày này; hồ sơ nhập muộn vẫn tính từ ngày thực nhận.',
    issuer: 'Đơn vị ban hành',
  },
  en: {
    section: 'Receipt of the dossier',
    orgUnitId: 'Receiving unit',
    orgUnitHelp: (role: string) => `A unit where you are ${role}.`,
    receivedAt: 'Date received',
    receivedAtHelp: 'The periods run from this day; a dossier entered late still counts from the day it arrived.',
    issuer: 'Issuing unit',
  },
};

/**
 * Where and when a dossier was received (`orgUnitId`, `receivedAt`): the start of the case's periods. Undated, it is
 * the unit a document is drafted for (its issuer).
 */
export function DossierReceiptFields({ units, role, dated = true }: { units: Me['units']; role: Role; dated?: boolean }) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useIntakeRules();
  return (
    <>
      <Typography.Title {...SECTION}>{dated ? m.section : m.issuer}</Typography.Title>
      <div style={ROW}>
        <Form.Item label={dated ? m.orgUnitId : m.issuer} name="orgUnitId" rules={rules.orgUnitId} extra={m.orgUnitHelp(roleWords(role, i18n.language))} style={{ flex: '2 1 300px' }}>
          <Select options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))} />
        </Form.Item>
        {dated && (
          <Form.Item label={m.receivedAt} name="receivedAt" rules={rules.receivedAt} extra={m.receivedAtHelp} style={{ flex: '1 1 220px' }}>
            <DatePicker {...PAST_DATE_INPUT} allowClear={false} />
          </Form.Item>
        )}
      </div>
    </>
  );
}
