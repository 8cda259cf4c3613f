import { Card, Descriptions, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/types';
import { DETAIL_WORDS, detailsOf } from './case-details';

/** The procedures whose data this card shows (committees have their own card; complaints the parties card). */
export const DETAILED_PROCEDURES: readonly string[] = ['khen-thuong', 'ky-luat', 'ban-hanh-van-ban'];

/** What a commendation, discipline or document case is about: its data in words. */
export function CaseDetailsCard({ caseView }: { caseView: CaseView }) {
  const { i18n } = useTranslation();
  const wide = Grid.useBreakpoint().sm ?? true;
  const items = detailsOf(caseView.procedureCode, caseView.data, i18n.language);
  if (items.length === 0) return null;
  const title = DETAIL_WORDS[i18n.language === 'en' ? 'en' : 'vi'].title[caseView.procedureCode];
  return (
    <Card size="small" title={title} data-testid="case-details">
      <Descriptions
        size="small"
        column={1}
        layout={wide ? 'horizontal' : 'vertical'}
        items={items.map((item) => ({
          key: item.key,
          label: item.label,
          children: Array.isArray(item.value) ? (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {item.value.map((v, i) => <li key={i}>{v}</li>)}
            </ul>
          ) : (
            <span style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{item.value}</span>
          ),
        }))}
      />
    </Card>
  );
}
