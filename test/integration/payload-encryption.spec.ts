import { Client, Connection } from '@temporalio/client';
import type { LoadedDataConverter, Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CaseStart, caseWorkflowId } from '@congdoan/contracts';
import { parseSecretKey } from '@congdoan/secrets';
import { ENCRYPTED_ENCODING, EncryptionCodec, dataConverterFor, workerBundleOptions } from '@congdoan/temporal';
import { type TestStack, startTestStack } from '../support/api-harness';
import { eventually } from '../support/http-checks';

/** The distinctive text of the case: it must never be readable in what Temporal stores. */
const SECRET = 'Công ty Mật Danh Zeta';
const COMMENT = `Đã kiểm tra hồ sơ của ${SECRET}`;

interface FoundPayload {
  path: string;
  payload: Payload;
}

const utf8 = (bytes: Uint8Array | null | undefined): string => Buffer.from(bytes ?? []).toString('utf8');

/** Every payload in a history (anything with metadata and data bytes), with where it was found. */
function payloadsIn(value: unknown, where = 'history', found: FoundPayload[] = []): FoundPayload[] {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return found;
  const record = value as Record<string, unknown>;
  if (record.metadata && typeof record.metadata === 'object' && (record.data === undefined || record.data instanceof Uint8Array)) {
    found.push({ path: where, payload: record as Payload });
    return found;
  }
  for (const [key, child] of Object.entries(record)) payloadsIn(child, `${where}.${key}`, found);
  return found;
}

/** All the history says, as text: its strings, and every byte field (payload data included) decoded as UTF-8. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return utf8(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([key, child]) => `${key}=${asText(child)}`)
    .join('\n');
}

/** A search attribute is the server's to index: it is never encrypted (and no case data goes into one). */
const isSearchAttribute = (where: string) => /\.searchAttributes\./.test(where);
/**
 * The SDK's own bookkeeping in marker events, written by its core without the codec: a patch's id (`patch-data`) and a
 * local activity's sequence number, type and times (`data`; its result is a payload of ours, encrypted).
 */
const isSdkBookkeeping = (where: string) => /\.markerRecordedEventAttributes\.details\.(patch-data|data)\./.test(where);
const SDK_BOOKKEEPING_FIELDS = ['id', 'deprecated', 'seq', 'attempt', 'activity_id', 'activity_type', 'complete_time', 'backoff', 'original_schedule_time'];

async function decodeAll(converter: LoadedDataConverter, payloads: Payload[]): Promise<unknown[]> {
  let decoded = payloads;
  for (const codec of [...converter.payloadCodecs].reverse()) decoded = await codec.decode(decoded);
  return decoded.map((p) => converter.payloadConverter.fromPayload(p));
}

describe('payload encryption: what Temporal stores of a case is unreadable without PAYLOAD_ENCRYPTION_KEY', () => {
  let stack: TestStack;
  let connection: Connection;
  let caseId: string;

  beforeAll(async () => {
    stack = await startTestStack({ worker: true });
    connection = await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS });
    const canbo = await stack.login('canbo');
    const units = await stack.request<{ items: { id: string; code: string }[] }>('GET', '/api/org-units', { token: canbo });
    const cdvcId = units.body.items.find((u) => u.code === 'CĐVC')!.id;

    const opened = await stack.request<{ id: string }>('POST', '/api/cases', {
      token: canbo,
      body: {
        procedureCode: 'thanh-lap-cdcs',
        orgUnitId: cdvcId,
        title: `Thành lập CĐCS ${SECRET}`,
        data: { unitName: SECRET, memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }, { fullName: 'Trần Văn Nam' }] },
      },
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.id;

    // One human action too, so the history holds an Update's payloads and activities' inputs and results.
    const task = await eventually(async () => {
      const inbox = await stack.request<{ items: { id: string; caseId: string; stepKey: string; kind: string }[] }>('GET', '/api/tasks', { token: canbo });
      return inbox.body.items.find((t) => t.caseId === caseId && t.stepKey === 'kiem-tra-ho-so' && t.kind === 'action');
    }, 'the first step in canbo’s inbox');
    const acted = await stack.request('POST', `/api/tasks/${task.id}/actions`, { token: canbo, body: { action: 'approve', comment: COMMENT } });
    expect(acted.status).toBe(200);
  });

  afterAll(async () => {
    await connection?.close();
    await stack?.stop();
  });

  it('shows a client without the key only encrypted payloads, and not a trace of the case data', async () => {
    const plain = new Client({ connection }); // no data converter: what the Temporal Web UI and CLI see
    const history = await plain.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory();
    const payloads = payloadsIn(history).filter((p) => !isSearchAttribute(p.path) && !isSdkBookkeeping(p.path));

    expect(history.events!.length).toBeGreaterThan(10);
    expect(payloads.length).toBeGreaterThan(10); // the input, activities' inputs and results, the Update and its result
    const started = history.events!.find((e) => e.workflowExecutionStartedEventAttributes)!.workflowExecutionStartedEventAttributes!;
    expect(started.input!.payloads).toHaveLength(1);
    expect(payloadsIn(history).some((p) => p.path.includes('workflowExecutionUpdateAcceptedEventAttributes'))).toBe(true);

    // What the SDK writes for itself holds only its own fields (patch ids, local activity types), never case data.
    for (const { payload } of payloadsIn(history).filter((p) => isSdkBookkeeping(p.path))) {
      expect(SDK_BOOKKEEPING_FIELDS).toEqual(expect.arrayContaining(Object.keys(JSON.parse(utf8(payload.data)) as object)));
    }
    const notEncrypted = payloads.filter(({ payload }) => utf8(payload.metadata!.encoding) !== ENCRYPTED_ENCODING).map((p) => p.path);
    expect(notEncrypted).toEqual([]);
    const { keyId } = new EncryptionCodec(parseSecretKey(stack.env.PAYLOAD_ENCRYPTION_KEY));
    for (const { payload } of payloads) {
      expect(Object.keys(payload.metadata!).sort()).toEqual(['encoding', 'encryption-key-id']);
      expect(utf8(payload.metadata!['encryption-key-id'])).toBe(keyId);
    }

    // The history as JSON (bytes in base64), and as text with every byte field (payload data included) read as UTF-8.
    for (const text of [JSON.stringify(temporal.api.history.v1.History.toObject(history as temporal.api.history.v1.History, { bytes: String })), asText(history)]) {
      for (const secret of [SECRET, 'Mật Danh Zeta', COMMENT, 'Nguyễn Thị Hạnh']) expect(text).not.toContain(secret);
    }
    // Nor is the case data readable through the client: it cannot decode the workflow's input.
    await expect(decodeAll(plain.options.loadedDataConverter, started.input!.payloads!)).rejects.toThrow(/binary\/encrypted|[Uu]nknown encoding/);
  });

  it('gives a client with the key the original input, Update and all', async () => {
    const keyed = new Client({ connection, dataConverter: dataConverterFor(parseSecretKey(stack.env.PAYLOAD_ENCRYPTION_KEY)) });
    const history = await keyed.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory();
    const started = history.events!.find((e) => e.workflowExecutionStartedEventAttributes)!.workflowExecutionStartedEventAttributes!;

    const [input] = (await decodeAll(keyed.options.loadedDataConverter, started.input!.payloads!)) as CaseStart[];
    expect(input).toMatchObject({
      caseId,
      procedureCode: 'thanh-lap-cdcs',
      title: `Thành lập CĐCS ${SECRET}`,
      data: { unitName: SECRET, memberCount: 25, applicants: [{ fullName: 'Nguyễn Thị Hạnh' }, { fullName: 'Trần Văn Nam' }] },
    });

    // Every encrypted payload opens; the Update's carries the comment.
    const payloads = payloadsIn(history).filter((p) => !isSearchAttribute(p.path) && !isSdkBookkeeping(p.path));
    const decoded = await decodeAll(keyed.options.loadedDataConverter, payloads.map((p) => p.payload));
    expect(decoded).toHaveLength(payloads.length);
    expect(JSON.stringify(decoded)).toContain(COMMENT);
    expect(asText(decoded)).toContain(SECRET); // the text check of the first test finds case data where there is some
  });

  it('replays with the key both this encrypted history and one recorded before encryption', async () => {
    const dataConverter = dataConverterFor(parseSecretKey(stack.env.PAYLOAD_ENCRYPTION_KEY));
    const keyed = new Client({ connection, dataConverter });
    const encrypted = await keyed.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory();
    await expect(Worker.runReplayHistory({ ...workerBundleOptions(), dataConverter }, encrypted, caseWorkflowId(caseId))).resolves.toBeUndefined();
    // fromObject, as in test/workflows/replay.spec.ts (the SDK's historyFromJSON trips over npm's copies of protobufjs).
    const recorded = path.join(__dirname, '../workflows/histories/thanh-lap-cdcs.recognised.v2.json');
    const plain = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(recorded, 'utf8')));
    await expect(Worker.runReplayHistory({ ...workerBundleOptions(), dataConverter }, plain, 'recorded-before-encryption')).resolves.toBeUndefined();
  });
});
