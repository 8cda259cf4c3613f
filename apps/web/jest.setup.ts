import '@testing-library/jest-dom';

// jsdom lacks what Ant Design measures layouts with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// react-router reads TextEncoder; Ant Design's Form and Select post macro-tasks through a MessageChannel. jsdom has
// neither: Node's TextEncoder, and a channel that delivers on a timer (a macro-task, as in a browser).
import { TextDecoder, TextEncoder } from 'node:util';

class TimerMessageChannel {
  readonly port1: { onmessage: ((event: { data: unknown }) => void) | null; postMessage(data: unknown): void; close(): void };
  readonly port2: { onmessage: ((event: { data: unknown }) => void) | null; postMessage(data: unknown): void; close(): void };
  constructor() {
    const port = (target: () => { onmessage: ((event: { data: unknown }) => void) | null }) => ({
      onmessage: null,
      postMessage: (data: unknown) => void setTimeout(() => target().onmessage?.({ data }), 0),
      close: () => undefined,
    });
    this.port1 = port(() => this.port2);
    this.port2 = port(() => this.port1);
  }
}
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
  MessageChannel: globalThis.MessageChannel ?? TimerMessageChannel,
});

// Ant Design renders slowly in jsdom, and slower on two busy cores: a test may take a minute and findBy*/waitFor
// wait up to 10 s (the default 1 s is too short); a stuck test still fails. (testTimeout in a Jest project is ignored.)
import { configure } from '@testing-library/react';
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

