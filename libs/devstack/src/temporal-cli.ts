import { existsSync } from 'node:fs';
import path from 'node:path';
import { toolCacheDir } from './cache-dir';
import { commandExists, runVisible, whichCommand } from './run-command';

/** Pinned: later tags carry a `replace` directive in go.mod and cannot be built with `go install`. */
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const MODULE = 'github.com/temporalio/cli/cmd/temporal';

/**
 * The Temporal CLI (dev server with SQLite persistence and the Web UI): a `temporal` on PATH wins; else the copy this
 * project built before; else it is built now from the Go module proxy with the machine's Go toolchain.
 */
export async function ensureTemporalCli(log: (line: string) => void = console.log): Promise<string> {
  const onPath = whichCommand('temporal');
  if (onPath) return onPath;
  const binDir = path.join(toolCacheDir(), `temporal-cli-${TEMPORAL_CLI_VERSION}`);
  const binary = path.join(binDir, 'temporal');
  if (existsSync(binary)) return binary;
  if (!commandExists('go')) {
    throw new Error(
      'Go is needed once to build the Temporal dev server, and it is not installed.\n' +
        '  Install Go 1.23 or newer (Debian/Ubuntu: `apt-get install -y golang-go`, or https://go.dev/dl/),\n' +
        '  or put a `temporal` CLI on PATH, or set TEMPORAL_ADDRESS to a running Temporal server.',
    );
  }
  log(`Building the Temporal CLI ${TEMPORAL_CLI_VERSION} with Go into ${binDir}`);
  log('  first time on this machine only: about 5 minutes on 2 cores (10 s when Go\'s build cache is warm)…');
  const started = Date.now();
  await runVisible('go', ['install', `${MODULE}@${TEMPORAL_CLI_VERSION}`], { ...process.env, GOBIN: binDir });
  log(`  Temporal CLI built in ${Math.round((Date.now() - started) / 1000)} s`);
  return binary;
}
