import { CheckCircleOutlined, ClockCircleOutlined, PauseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../api/types';

const COLORS: Record<DeadlineState, string> = { on_time: 'green', due_soon: 'gold', overdue: 'red', paused: 'default' };
// Icons, not characters: every font draws them (some lack ⏸).
const ICONS: Record<DeadlineState, ReactNode> = { on_time: <CheckCircleOutlined />, due_soon: <ClockCircleOutlined />, overdue: <WarningOutlined />, paused: <PauseCircleOutlined /> };

/** The deadline state in colour AND words (never colour alone), with the working days left or late. */
export function DeadlineTag({ state, daysLeft }: { state: DeadlineState; daysLeft?: number | null }) {
  const { t } = useTranslation();
  const days =
    daysLeft === null || daysLeft === undefined || state === 'paused'
      ? ''
      : daysLeft < 0
        ? ` · ${t('deadline.daysLate', { count: -daysLeft })}`
        : ` · ${t('deadline.daysLeft', { count: daysLeft })}`;
  return (
    <Tag color={COLORS[state]} data-deadline-state={state} icon={<span aria-hidden>{ICONS[state]}</span>}>
      {t(`deadline.${state}`)}
      {days}
    </Tag>
  );
}
