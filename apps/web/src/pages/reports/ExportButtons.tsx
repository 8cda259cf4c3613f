import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../api/client';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import { type ReportFilters, reportQuery } from './report-types';

const M = {
  vi: { csv: 'Xuất CSV', xlsx: 'Xuất Excel', failed: 'Chưa xuất được báo cáo: ' },
  en: { csv: 'Export CSV', xlsx: 'Export Excel', failed: 'The report could not be exported: ' },
};

/** Downloads the report as shown (same filters) as CSV or Excel; a refusal is said next to the buttons. */
export function ExportButtons({ filters }: { filters: ReportFilters }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setError(null);
    try {
      await downloadFile(`/reports/summary.${format}?${reportQuery(filters)}`, `bao-cao-tong-hop_${filters.from}_${filters.to}.${format}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<DownloadOutlined />} loading={busy === 'csv'} onClick={() => void download('csv')}>{m.csv}</Button>
        <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>{m.xlsx}</Button>
      </Space>
      {error ? <Alert type="error" showIcon role="alert" title={m.failed + errorText(error, i18n.language, t('common.networkError'))} /> : null}
    </Space>
  );
}
