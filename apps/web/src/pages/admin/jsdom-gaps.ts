// What jsdom lacks for these pages (apps/web/jest.setup.ts has none of it), loaded by the test kit before anything else.
import { TextDecoder, TextEncoder } from 'node:util';

/** Ant Design's Form batches its watchers in a macro-task posted through a MessageChannel: a timer does the same. */
class TimerMessageChannel {
  readonly port1: { onmessage: ((event: unknown) => void) | null } = { onmessage: null };
  readonly port2 = { postMessage: (data: unknown) => void setTimeout(() => this.port1.onmessage?.({ data }), 0) };
}

// react-router reads TextEncoder when it loads.
Object.assign(globalThis, { TextEncoder, TextDecoder, MessageChannel: globalThis.MessageChannel ?? TimerMessageChannel });

// @ant-design/icons' CommonJS build requires the ES build of one colour helper, which Jest cannot load: give it the
// CommonJS one (same code).
jest.mock('@ant-design/colors/es/generate', () => jest.requireActual('@ant-design/colors/lib/generate'));
