import { chmod, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { toolCacheDir } from './cache-dir';
import { commandExists, runVisible } from './run-command';
import { repoRoot } from '@congdoan/temporal';

export const TEMPORAL_TEST_SERVER_VERSION = '1.38.0';

/**
 * Temporal's Java time-skipping test server, fetched once from Maven Central, and a launcher script that
 * `@temporalio/testing` runs as an `existing-path` executable (`<launcher> <port>`). The SDK's own download needs
 * the internet; this needs only Maven Central.
 */
export async function ensureTemporalTestServer(log: (line: string) => void = console.log): Promise<string> {
  const dir = path.join(toolCacheDir(), `temporal-test-server-${TEMPORAL_TEST_SERVER_VERSION}`);
  const launcher = path.join(dir, 'temporal-test-server');
  if (existsSync(launcher)) return launcher;
  for (const tool of ['java', 'mvn']) {
    if (!commandExists(tool)) {
      throw new Error(`${tool} is needed once to fetch Temporal's test server from Maven Central: apt-get install -y default-jdk-headless maven`);
    }
  }
  log(`Fetching Temporal's time-skipping test server ${TEMPORAL_TEST_SERVER_VERSION} from Maven Central (first time only, under a minute)…`);
  const pom = path.join(repoRoot(), 'scripts/toolchain/temporal-test-server.pom.xml');
  const jars = path.join(dir, 'jars');
  await runVisible('mvn', ['-B', '-q', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${jars}`]);
  const count = (await readdir(jars)).filter((f) => f.endsWith('.jar')).length;
  await writeFile(launcher, `#!/bin/sh\nexec java -cp '${jars}/*' io.temporal.testserver.TestServer "$@"\n`);
  await chmod(launcher, 0o755);
  log(`  test server ready (${count} jars)`);
  return launcher;
}
