import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../api/client';
import { errorText } from '../../components/api-error';
import { useMessages } from '../../i18n/use-messages';
import { registerQuery } from './use-register';

const M = {
  vi: { csv: 'Tải CSV', xlsx: 'Tải Excel', failed: 'Chưa tải được sổ văn bản: ' },
  en: { csv: 'Download CSV', xlsx: 'Download Excel', failed: 'The register could not be downloaded: ' },
};

/** The register as shown (issuer, year, type) as CSV or Excel, from the API; a refusal is said beside the buttons. */
export function RegisterDownloads({ issuerUnitId, issuerCode, year, typeCode }: { issuerUnitId: string; issuerCode: string; year: number; typeCode?: string }) {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setError(null);
    try {
      await downloadFile(`/documents/register?${registerQuery(issuerUnitId, year, typeCode)}&format=${format}`, `so-van-ban_${issuerCode}_${year}${typeCode ? `_${typeCode}` : ''}.${format}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical" size={8}>
      <Space wrap>
        <Button icon={<DownloadOutlined aria-hidden />} loading={busy === 'csv'} onClick={() => void download('csv')}>
          {m.csv}
        </Button>
        <Button icon={<DownloadOutlined aria-hidden />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
          {m.xlsx}
        </Button>
      </Space>
      {error ? <Alert type="error" showIcon role="alert" title={m.failed + errorText(error, i18n.language, t('common.networkError'))} /> : null}
    </Space>
  );
}
