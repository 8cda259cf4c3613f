import { Breadcrumb, Descriptions, Flex, Select, Tabs, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { OrgUnit } from '../../api/types';
import { useSession } from '../../auth/session';
import { QueryState } from '../../components/QueryState';
import { vietnamToday } from '../../components/dates';
import { useOrgUnits } from '../../components/use-org-units';
import { useMessages } from '../../i18n/use-messages';
import { CommitteeRoster } from './CommitteeRoster';

const M = {
  vi: {
    title: 'Tổ chức công đoàn',
    unit: 'Đơn vị',
    committee: 'Ban Chấp hành',
    children: 'Đơn vị trực thuộc',
    noChildren: 'Không có đơn vị trực thuộc.',
    code: 'Ký hiệu',
    level: 'Cấp',
    parent: 'Cấp trên trực tiếp',
    levels: { central: 'Trung ương', province: 'Cấp tỉnh, ngành trung ương', 'upper-grassroots': 'Cấp trên trực tiếp cơ sở', grassroots: 'Công đoàn cơ sở' } as Record<string, string>,
    unknown: 'Không có đơn vị này.',
  },
  en: {
    title: 'Union organisation',
    unit: 'Unit',
    committee: 'Executive Committee',
    children: 'Units below',
    noChildren: 'No unit below this one.',
    code: 'Code',
    level: 'Level',
    parent: 'Direct upper union',
    levels: { central: 'Central', province: 'Provincial or central sector', 'upper-grassroots': 'Upper grassroots', grassroots: 'Grassroots union' } as Record<string, string>,
    unknown: 'No such unit.',
  },
};

/** The hierarchy in reading order: each unit followed by the ones below it, with its depth for the picker's indent. */
function ordered(units: OrgUnit[]): { unit: OrgUnit; depth: number }[] {
  const out: { unit: OrgUnit; depth: number }[] = [];
  const ids = new Set(units.map((u) => u.id));
  const walk = (parentId: string | null, depth: number) => {
    for (const u of units.filter((x) => (x.parentId && ids.has(x.parentId) ? x.parentId : null) === parentId).sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/**
 * `/org-units/:id?`: a unit of the union hierarchy, picked from the tree; its "Ban Chấp hành" tab shows who sits on
 * its BCH, BTV and UBKT (the interim committee marked until the recognition decision), the other its units below.
 */
export function OrgUnitsPage() {
  const m = useMessages(M);
  const navigate = useNavigate();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const { me } = useSession();
  const units = useOrgUnits();
  const all = units.data?.items ?? [];
  const unit = all.find((u) => u.id === (id ?? me?.units[0]?.id));
  const on = params.get('on') ?? vietnamToday();
  const children = all.filter((u) => u.parentId === unit?.id);
  const parent = all.find((u) => u.id === unit?.parentId);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {m.title}
      </Typography.Title>
      <QueryState loading={units.isPending} error={units.error} retry={() => void units.refetch()}>
        <div style={{ maxWidth: 520 }}>
          <label htmlFor="org-unit-picker" style={{ display: 'block', marginBottom: 4 }}>{m.unit}</label>
          <Select
            id="org-unit-picker"
            style={{ width: '100%' }}
            value={unit?.id}
            showSearch={{ optionFilterProp: 'title' }}
            onChange={(next: string) => navigate(`/org-units/${next}${params.get('on') ? `?on=${on}` : ''}`)}
            options={ordered(all).map(({ unit: u, depth }) => ({ value: u.id, title: u.name, label: u.name, depth }))}
            // The tree's depth shows in the list only; the chosen unit reads plainly.
            optionRender={(option) => <span style={{ paddingInlineStart: (option.data.depth ?? 0) * 16 }}>{option.data.label}</span>}
          />
        </div>
        {!unit ? (
          <Typography.Text>{m.unknown}</Typography.Text>
        ) : (
          <>
            {parent && <Breadcrumb items={[{ title: <Link to={`/org-units/${parent.id}`}>{parent.name}</Link> }, { title: unit.name }]} />}
            <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
              {unit.name}
            </Typography.Title>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 3 }}
              items={[
                { key: 'code', label: m.code, children: unit.code },
                { key: 'level', label: m.level, children: m.levels[unit.level] ?? unit.level },
                ...(parent ? [{ key: 'parent', label: m.parent, children: parent.name }] : []),
              ]}
            />
            <Tabs
              items={[
                {
                  key: 'committee',
                  label: m.committee,
                  children: <CommitteeRoster unitId={unit.id} on={on} onDate={(d) => setParams(d === vietnamToday() ? {} : { on: d }, { replace: true })} />,
                },
                {
                  key: 'children',
                  label: `${m.children} (${children.length})`,
                  children: children.length ? (
                    <ul style={{ paddingInlineStart: 20 }}>
                      {children.map((c) => (
                        <li key={c.id}>
                          <Link to={`/org-units/${c.id}`}>{c.name}</Link> <Typography.Text type="secondary">({m.levels[c.level] ?? c.level})</Typography.Text>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <Typography.Text type="secondary">{m.noChildren}</Typography.Text>
                  ),
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </Flex>
  );
}
