/** Builds or fetches, once per machine, the Temporal binaries the tests need; prints where they are. */
import { ensureTemporalCli, ensureTemporalTestServer } from '@congdoan/devstack';

async function main(): Promise<void> {
  console.log(`Temporal CLI:         ${await ensureTemporalCli()}`);
  console.log(`Temporal test server: ${await ensureTemporalTestServer()}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
