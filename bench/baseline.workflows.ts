/**
 * Baseline B0 (shared/design/benchmarks.md): the least a workflow can be that is started and then acted on by an
 * Update. Bundled on its own; it imports nothing from the project.
 */
import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const B0_TASK_QUEUE = 'bench-b0';

/** The bare Update: its handler just returns. */
export const b0Update = defineUpdate<string, [string]>('act');

export async function b0Workflow(): Promise<string> {
  let acted = false;
  setHandler(b0Update, (input) => {
    acted = true;
    return input;
  });
  await condition(() => acted);
  return 'done';
}
