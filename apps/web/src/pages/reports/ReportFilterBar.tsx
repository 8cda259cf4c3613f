import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { OrgUnit, Procedure } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';
import type { ReportFilters } from './report-types';

const M = {
  vi: {
    period: 'Thời gian tiếp nhận hồ sơ',
    from: 'Từ ngày',
    to: 'Đến ngày',
    procedure: 'Thủ tục',
    allProcedures: 'Tất cả thủ tục',
    unit: 'Đơn vị',
    allUnits: 'Tất cả đơn vị',
  },
  en: {
    period: 'Received between',
    from: 'From',
    to: 'To',
    procedure: 'Procedure',
    allProcedures: 'All procedures',
    unit: 'Unit',
    allUnits: 'All units',
  },
};

const ISO = 'YYYY-MM-DD';
/** The picker's value for a date of the address bar; a malformed one shows empty (the server says what is wrong). */
const asDay = (iso: string): Dayjs | null => {
  const day = dayjs(iso);
  return day.isValid() && day.format(ISO) === iso ? day : null;
};

/** The report's filters; every change is applied at once (and kept in the address, so the link can be shared). */
export function ReportFilterBar(props: {
  filters: ReportFilters;
  procedures: Procedure[];
  units: OrgUnit[];
  onChange: (filters: ReportFilters) => void;
}) {
  const m = useMessages(M);
  const { filters, onChange } = props;
  return (
    <Form layout="vertical" style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
      <Form.Item label={m.period} htmlFor="report-from" style={{ marginBottom: 12, minWidth: 0, maxWidth: '100%' }}>
        <DatePicker.RangePicker
          id={{ start: 'report-from', end: 'report-to' }}
          format="DD/MM/YYYY"
          allowClear={false}
          placeholder={[m.from, m.to]}
          value={[asDay(filters.from), asDay(filters.to)]}
          onChange={(range) => {
            if (range?.[0] && range[1]) onChange({ ...filters, from: range[0].format(ISO), to: range[1].format(ISO) });
          }}
          style={{ maxWidth: '100%' }}
        />
      </Form.Item>
      <Form.Item label={m.procedure} htmlFor="report-procedure" style={{ marginBottom: 12, flex: '1 1 220px', minWidth: 0 }}>
        <Select
          id="report-procedure"
          allowClear
          placeholder={m.allProcedures}
          value={filters.procedureCode}
          onChange={(procedureCode?: string) => onChange({ ...filters, procedureCode })}
          options={props.procedures.map((p) => ({ value: p.code, label: p.name }))}
        />
      </Form.Item>
      <Form.Item label={m.unit} htmlFor="report-unit" style={{ marginBottom: 12, flex: '1 1 220px', minWidth: 0 }}>
        <Select
          id="report-unit"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={m.allUnits}
          value={filters.orgUnitId}
          onChange={(orgUnitId?: string) => onChange({ ...filters, orgUnitId })}
          options={props.units.map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
    </Form>
  );
}
