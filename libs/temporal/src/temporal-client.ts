import { Client, Connection } from '@temporalio/client';

export interface TemporalClientOptions {
  address: string;
  namespace: string;
}

/**
 * One lazy Connection per process: the API starts even while Temporal is down (health then says 503) and connects
 * on first use; never a connection per request.
 */
export function createTemporalClient(options: TemporalClientOptions): Client {
  const connection = Connection.lazy({ address: options.address });
  return new Client({ connection, namespace: options.namespace });
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
