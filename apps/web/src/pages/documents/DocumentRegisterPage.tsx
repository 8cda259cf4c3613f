import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import { vietnamToday } from '../../components/dates';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_WORDS, wordOf } from '../../components/union-words';
import { useUrlFilters } from '../../components/use-url-filters';
import { useMessages } from '../../i18n/use-messages';
import { RegisterDownloads } from './RegisterDownloads';
import { RegisterTable } from './RegisterTable';
import { useRegister } from './use-register';

const M = {
  vi: {
    title: 'Sổ văn bản',
    lead: 'Sổ đăng ký văn bản đi: số thứ tự liên tục theo cơ quan ban hành, từ 01 ngày 01/01 đến 31/12 (NĐ 30/2020/NĐ-CP Điều 15). Văn bản mật có sổ riêng.',
    issuer: 'Cơ quan ban hành',
    year: 'Năm',
    type: 'Loại văn bản',
    allTypes: 'Tất cả các loại',
    count: (n: number) => `${n} văn bản`,
    noUnit: 'Bạn không thuộc đơn vị nào.',
  },
  en: {
    title: 'Document register',
    lead: 'The register of outgoing documents: numbered in one series per issuer, from 01 on 1 January to 31 December (Decree 30/2020 Art. 15). Secret documents have their own series.',
    issuer: 'Issuer',
    year: 'Year',
    type: 'Type',
    allTypes: 'All types',
    count: (n: number) => `${n} documents`,
    noUnit: 'You belong to no unit.',
  },
};

const LABEL = { display: 'block', marginBottom: 4 } as const;

/** `/documents`: the sổ văn bản of an issuer and a year, by type, with its CSV and Excel copies. Filters live in the address. */
export function DocumentRegisterPage() {
  const m = useMessages(M);
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const { params, set } = useUrlFilters<'issuer' | 'year' | 'type'>();
  const thisYear = Number(vietnamToday().slice(0, 4));
  const units = me?.units ?? [];
  const issuer = units.find((u) => u.id === params.get('issuer')) ?? units[0];
  const year = Number(params.get('year')) || thisYear;
  const typeCode = params.get('type') ?? undefined;
  const register = useRegister(issuer?.id, year, typeCode);

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', maxWidth: 820 }}>
          {m.lead}
        </Typography.Paragraph>
      </div>
      {!issuer ? (
        <Typography.Text>{m.noUnit}</Typography.Text>
      ) : (
        <>
          <Flex wrap gap={12} align="end" justify="space-between">
            <Flex wrap gap={12} align="end" style={{ flex: '1 1 520px' }}>
              <div style={{ flex: '2 1 240px', maxWidth: 420 }}>
                <label htmlFor="register-issuer" style={LABEL}>{m.issuer}</label>
                <Select id="register-issuer" style={{ width: '100%' }} value={issuer.id} onChange={(id: string) => set({ issuer: id })} options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))} />
              </div>
              <div style={{ flex: '0 1 110px' }}>
                <label htmlFor="register-year" style={LABEL}>{m.year}</label>
                <Select
                  id="register-year"
                  style={{ width: '100%' }}
                  value={year}
                  onChange={(y: number) => set({ year: y === thisYear ? undefined : String(y) })}
                  options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
                />
              </div>
              <div style={{ flex: '1 1 200px', maxWidth: 280 }}>
                <label htmlFor="register-type" style={LABEL}>{m.type}</label>
                <Select
                  id="register-type"
                  style={{ width: '100%' }}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={typeCode ?? ''}
                  onChange={(t: string) => set({ type: t || undefined })}
                  options={[{ value: '', label: m.allTypes }, ...DOCUMENT_TYPES.map((t) => ({ value: t, label: `${t} – ${wordOf(DOCUMENT_TYPE_WORDS, i18n.language, t)}` }))]}
                />
              </div>
            </Flex>
            <RegisterDownloads issuerUnitId={issuer.id} issuerCode={issuer.code} year={year} typeCode={typeCode} />
          </Flex>
          <QueryState loading={register.isPending} error={register.error} retry={() => void register.refetch()}>
            {register.entries && (
              <>
                <Typography.Text type="secondary" data-testid="register-count">
                  {m.count(register.entries.length)}
                </Typography.Text>
                <RegisterTable entries={register.entries} />
                {register.hasNextPage && (
                  <Button block onClick={() => void register.fetchNextPage()} loading={register.isFetchingNextPage}>
                    {t('common.loadMore')}
                  </Button>
                )}
              </>
            )}
          </QueryState>
        </>
      )}
    </Flex>
  );
}
