import { Alert, Form, type FormRule, Input, InputNumber, Tag, Typography } from 'antd';
import { useMessages } from '../../i18n/use-messages';
import type { MeetingValues } from './action-form';
import { disciplineTally, majorityOf, overCount } from './meeting-math';
import type { VoteSpec } from './vote-spec';

const M = {
  vi: {
    for: 'Tán thành',
    against: 'Không tán thành',
    abstain: 'Không biểu quyết',
    forRule: 'Nhập số phiếu tán thành',
    countRule: 'Số nguyên từ 0',
    over: (n: number) => `${n} phiếu vượt số có mặt`,
    passes: (n: number, members: number) => `Đạt ${n}/${members}`,
    fails: (n: number, members: number) => `Chưa đạt ${n}/${members}`,
    choicesAbove: (total: number, present: number) =>
      `Mỗi phiếu chỉ chọn một hình thức, nhưng tổng số phiếu tán thành các hình thức là ${total}, vượt ${present} thành viên có mặt (${total - present} phiếu vượt số có mặt).`,
    cumulative: (form: string, n: number, members: number) => `Cộng dồn: ${form} ${n}/${members} (quá 1/2)`,
    direct: (form: string, n: number, members: number) => `${form} ${n}/${members} (quá 1/2)`,
    referUp: 'Không hình thức nào đạt quá 1/2 (kể cả cộng dồn): báo cáo công đoàn cấp trên xem xét, quyết định.',
    outcome: 'Kết quả dự kiến',
  },
  en: {
    for: 'For',
    against: 'Against',
    abstain: 'Abstaining',
    forRule: 'Enter the votes for',
    countRule: 'A whole number from 0',
    over: (n: number) => `${n} votes more than those present`,
    passes: (n: number, members: number) => `Passes ${n}/${members}`,
    fails: (n: number, members: number) => `Short ${n}/${members}`,
    choicesAbove: (total: number, present: number) =>
      `Each ballot picks one form, yet the votes for all forms add up to ${total}, more than the ${present} present (${total - present} too many).`,
    cumulative: (form: string, n: number, members: number) => `Cumulative: ${form} ${n}/${members} (more than 1/2)`,
    direct: (form: string, n: number, members: number) => `${form} ${n}/${members} (more than 1/2)`,
    referUp: 'No form reaches more than half (even cumulatively): the full result goes to the upper union, which decides.',
    outcome: 'Expected result',
  },
};

const COUNT = { min: 0, precision: 0, inputMode: 'numeric', style: { width: '100%' } } as const;

/**
 * One count of a row, its short caption above it: the captions of a row may wrap on a phone, the inputs stay on one
 * line (the row aligns them at the bottom). No "(optional)" mark: an empty count is none.
 */
function CountField({ id, name, label, aria, rules }: { id: string; name: (string | number)[]; label: string; aria: string; rules: FormRule[] }) {
  return (
    <div style={{ flex: '1 1 0', minWidth: 0 }}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4, fontSize: 13, lineHeight: 1.3 }}>
        {label}
      </label>
      <Form.Item name={name} rules={rules} style={{ marginBottom: 8 }}>
        <InputNumber {...COUNT} id={id} aria-label={aria} />
      </Form.Item>
    </div>
  );
}

/**
 * One row per question (a nominee, a discipline form) with the votes for, against and abstaining; under a row the
 * ballots it counts beyond those present, beside it whether it passes. A discipline ballot adds the cumulative result
 * it will give (a form short of a majority adds its votes to the next lighter one).
 */
export function VoteRows({ spec, members, present }: { spec: VoteSpec; members?: number; present?: number }) {
  const m = useMessages(M);
  const rows = ((Form.useWatch(['meeting', 'votes'], Form.useFormInstance()) as MeetingValues['votes']) ?? []).map((r) => r ?? {});
  const labelOf = (option: string | undefined) => spec.options.find((o) => o.code === option)?.label ?? option ?? '';
  const totalFor = rows.reduce((sum, r) => sum + (typeof r.for === 'number' ? r.for : 0), 0);
  const tally = spec.kind === 'form' && members ? disciplineTally(Object.fromEntries(rows.map((r, i) => [r.option ?? spec.options[i]?.code ?? '', r.for])), spec.options.map((o) => o.code), members) : undefined;

  return (
    <>
      <Form.List name={['meeting', 'votes']}>
        {(fields, _ops, { errors }) => (
          <>
            {fields.map((field, index) => {
              const row = rows[index] ?? {};
              // The rows are the spec's options in order (none added or removed): named before the form's first watch.
              const label = labelOf(row.option ?? spec.options[index]?.code);
              const over = present !== undefined ? overCount(row, present) : 0;
              const votesFor = typeof row.for === 'number' ? row.for : undefined;
              const passed = members && votesFor !== undefined && spec.kind === 'nominee' ? votesFor >= majorityOf(members) : undefined;
              return (
                <fieldset key={field.key} data-testid="vote-row" style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px 0', margin: '0 0 12px' }}>
                  <legend style={{ fontSize: 14, fontWeight: 600, color: 'rgba(0, 0, 0, 0.88)', padding: '0 4px', width: 'auto', maxWidth: '100%', margin: 0, border: 0, display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
                    <span>{label}</span>
                    {passed !== undefined && members && votesFor !== undefined && (
                      <Tag color={passed ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
                        {passed ? m.passes(votesFor, members) : m.fails(votesFor, members)}
                      </Tag>
                    )}
                  </legend>
                  <Form.Item name={[field.name, 'option']} hidden>
                    <Input />
                  </Form.Item>
                  <div style={{ display: 'flex', gap: 8, alignItems: 'flex-end' }}>
                    <CountField id={`vote-${index}-for`} name={[field.name, 'for']} label={m.for} aria={`${m.for}: ${label}`} rules={[{ required: true, type: 'integer', min: 0, message: m.forRule }]} />
                    <CountField id={`vote-${index}-against`} name={[field.name, 'against']} label={m.against} aria={`${m.against}: ${label}`} rules={[{ type: 'integer', min: 0, message: m.countRule }]} />
                    <CountField id={`vote-${index}-abstain`} name={[field.name, 'abstain']} label={m.abstain} aria={`${m.abstain}: ${label}`} rules={[{ type: 'integer', min: 0, message: m.countRule }]} />
                  </div>
                  {over > 0 && (
                    <Typography.Paragraph type="danger" style={{ margin: '0 0 8px' }} data-testid="over-count">
                      {m.over(over)}
                    </Typography.Paragraph>
                  )}
                </fieldset>
              );
            })}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      {spec.exclusive && present !== undefined && totalFor > present && <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="choices-over" title={m.choicesAbove(totalFor, present)} />}
      {tally && rows.some((r) => typeof r.for === 'number') && (
        <Alert
          type={tally.decided ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="ballot-outcome"
          title={m.outcome}
          description={
            tally.decided && members
              ? tally.decided.cumulative > tally.decided.votes
                ? m.cumulative(labelOf(tally.decided.form).toLocaleLowerCase('vi'), tally.decided.cumulative, members)
                : m.direct(labelOf(tally.decided.form), tally.decided.cumulative, members)
              : m.referUp
          }
        />
      )}
    </>
  );
}
