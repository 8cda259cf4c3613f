import { Client, Connection } from '@temporalio/client';
import { dataConverterFor } from './payload-codec';

export interface TemporalClientOptions {
  address: string;
  namespace: string;
  /** the payload encryption key (config.secrets.payloadKey): the worker must hold the same one */
  payloadKey: Uint8Array;
}

/**
 * One lazy Connection per process: the API starts even while Temporal is down (health then says 503) and connects
 * on first use; never a connection per request. Every payload it sends is encrypted, every one it reads decrypted.
 */
export function createTemporalClient(options: TemporalClientOptions): Client {
  const connection = Connection.lazy({ address: options.address });
  return new Client({ connection, namespace: options.namespace, dataConverter: dataConverterFor(options.payloadKey) });
}

/** True when the Temporal frontend answers a health check within `timeoutMs`. */
export async function temporalIsServing(client: Client, timeoutMs = 2000): Promise<boolean> {
  try {
    await client.connection.withDeadline(Date.now() + timeoutMs, () =>
      client.connection.workflowService.getSystemInfo({}),
    );
    return true;
  } catch {
    return false;
  }
}
