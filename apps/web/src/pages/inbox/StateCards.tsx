import { CheckCircleOutlined, ClockCircleOutlined, PauseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../../api/types';
import { useMessages } from '../../i18n/use-messages';
import { M } from './messages';

export const STATES: DeadlineState[] = ['overdue', 'due_soon', 'on_time', 'paused'];

// Darker shades of DeadlineTag's colours, so the large numbers keep a 4.5:1 contrast on white.
const TONES: Record<DeadlineState, { ink: string; tint: string; icon: ReactNode }> = {
  overdue: { ink: '#a8071a', tint: '#fff1f0', icon: <WarningOutlined /> },
  due_soon: { ink: '#874d00', tint: '#fffbe6', icon: <ClockCircleOutlined /> },
  on_time: { ink: '#135200', tint: '#f6ffed', icon: <CheckCircleOutlined /> },
  paused: { ink: '#434343', tint: '#f5f5f5', icon: <PauseCircleOutlined /> },
};

/** One card per deadline state with its count; each is a toggle button that filters the list to that state. */
export function StateCards({ counts, active, onToggle }: { counts: Record<DeadlineState, number> | undefined; active?: DeadlineState; onToggle: (state: DeadlineState) => void }) {
  const { t } = useTranslation();
  const m = useMessages(M);
  return (
    <Row gutter={[12, 12]} role="group" aria-label={m.countsLabel}>
      {STATES.map((state) => {
        const on = active === state;
        const tone = TONES[state];
        const n = counts?.[state] ?? 0;
        return (
          <Col key={state} xs={12} md={6}>
            <button
              type="button"
              aria-pressed={on}
              aria-label={m.cardLabel(t(`deadline.${state}`), n, on)}
              data-state-card={state}
              onClick={() => onToggle(state)}
              style={{
                width: '100%',
                textAlign: 'left',
                cursor: 'pointer',
                font: 'inherit',
                padding: '10px 14px',
                borderRadius: 8,
                border: `${on ? 2 : 1}px solid ${on ? tone.ink : '#d9d9d9'}`,
                borderTop: `4px solid ${tone.ink}`,
                background: on ? tone.tint : '#fff',
              }}
            >
              <div style={{ color: '#262626' }}>
                <span aria-hidden>{tone.icon} </span>
                {t(`deadline.${state}`)}
                {on && <span style={{ marginLeft: 6, fontSize: 12, color: tone.ink }}>· {m.filtering}</span>}
              </div>
              <div style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.3, color: tone.ink }}>{counts ? n : '–'}</div>
            </button>
          </Col>
        );
      })}
    </Row>
  );
}
