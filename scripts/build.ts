/**
 * `npm run build`: the API, the worker, their libraries and these scripts into dist/ (see compileTree), the
 * workflow bundle the production worker loads, and the officers' web UI (Vite) into dist/web, which the API serves.
 */
import { DefaultLogger, bundleWorkflowCode } from '@temporalio/worker';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileTree, runVisible } from '@congdoan/devstack';
import { prebuiltWorkflowBundlePath, repoRoot, workflowBundleOptions } from '@congdoan/temporal';

const root = repoRoot(__dirname);
const SOURCE_DIRS = ['apps/api/src', 'apps/worker/src', 'activities/src', 'libs', 'scripts'];

async function main(): Promise<void> {
  const started = Date.now();
  await rm(path.join(root, 'dist'), { recursive: true, force: true });
  const count = await compileTree(root, SOURCE_DIRS, path.join(root, 'dist'), { sourceMaps: true });
  console.log(`build: ${count} files compiled in ${Date.now() - started} ms`);

  const bundle = await bundleWorkflowCode({ ...workflowBundleOptions(root), logger: new DefaultLogger('WARN') });
  await writeFile(prebuiltWorkflowBundlePath(root), bundle.code);
  console.log(`build: workflow bundle written (${Math.round(bundle.code.length / 1024)} KiB) in ${Date.now() - started} ms total`);

  // Vite in its own process: its ESM build API does not mix with this CommonJS script's loader.
  await runVisible(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(root, 'apps/web/vite.config.mts'), '--logLevel', 'warn']);
  console.log(`build: web UI written to dist/web in ${Date.now() - started} ms total`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
