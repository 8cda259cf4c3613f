// What jsdom lacks and the page tests need; import before react-router and antd.
import { TextDecoder, TextEncoder } from 'node:util';

/** Ant Design's Select opens and closes in a macrotask posted through a MessageChannel; a timer does the same here. */
class TimerMessageChannel {
  readonly port1: { onmessage: ((event: { data: unknown }) => void) | null } = { onmessage: null };
  readonly port2 = { postMessage: (data: unknown) => setTimeout(() => this.port1.onmessage?.({ data })) };
}

// react-router needs TextEncoder when it loads; Node's is the same API.
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
  MessageChannel: globalThis.MessageChannel ?? TimerMessageChannel,
});
