import { DatePicker, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me, Role } from '../../api/types';
import { CHANNELS, CHANNEL_WORDS } from '../../components/code-words';
import { vietnamToday } from '../../components/dates';
import { useMessages } from '../../i18n/use-messages';
import { useIntakeRules } from './intake-rules';
import { roleWords } from './procedure-words';

const M = {
  vi: {
    section: 'Tiếp nhận đơn',
    orgUnitId: 'Đơn vị tiếp nhận',
    orgUnitHelp: (role: string) => `Đơn vị nơi bạn là ${role}.`,
    receivedAt: 'Ngày nhận đơn',
    receivedAtHelp: 'Thời hạn xử lý tính từ ngày này; đơn nhập muộn vẫn tính từ ngày thực nhận.',
    channel: 'Hình thức nhận đơn',
  },
  en: {
    section: 'Receipt of the letter',
    orgUnitId: 'Receiving unit',
    orgUnitHelp: (role: string) => `A unit where you are ${role}.`,
    receivedAt: 'Date received',
    receivedAtHelp: 'The periods run from this day; a letter entered late still counts from the day it arrived.',
    channel: 'How it arrived',
  },
};

export const SECTION = { level: 2, style: { fontSize: 18, marginTop: 28 } } as const;

/** The units where the user holds the role that receives the procedure's letters (its first step's role). */
export const unitsWithRole = (me: Me, role: Role) => me.units.filter((u) => u.roles.some((r) => r.role === role));

/** Where and when the letter was received, and how it came: the start of every legal period of the case. */
export function IntakeFields({ units, role }: { units: Me['units']; role: Role }) {
  const { i18n } = useTranslation();
  const m = useMessages(M);
  const rules = useIntakeRules();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <>
      <Typography.Title {...SECTION}>{m.section}</Typography.Title>
      <Form.Item label={m.orgUnitId} name="orgUnitId" rules={rules.orgUnitId} extra={m.orgUnitHelp(roleWords(role, i18n.language))}>
        <Select options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item label={m.receivedAt} name="receivedAt" rules={rules.receivedAt} extra={m.receivedAtHelp} style={{ flex: '1 1 240px' }}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > vietnamToday()} style={{ width: '100%', maxWidth: 220 }} />
        </Form.Item>
        <Form.Item label={m.channel} name={['data', 'channel']} style={{ flex: '1 1 240px' }}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_WORDS[lang][c] }))} />
        </Form.Item>
      </div>
    </>
  );
}
