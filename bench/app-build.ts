/**
 * The API and the worker as `npm run build` makes them (SWC, decorator metadata kept for Nest; tsx cannot run them:
 * esbuild emits no decorator metadata), compiled from the current sources into the bench's own folder, so the bench
 * neither depends on a stale dist/ nor touches it.
 */
import { DefaultLogger, bundleWorkflowCode } from '@temporalio/worker';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileTree } from '@congdoan/devstack';
import { workflowBundleOptions } from '@congdoan/temporal';

const SOURCE_DIRS = ['apps/api/src', 'apps/worker/src', 'activities/src', 'libs'];

export interface AppBuild {
  apiMain: string;
  workerMain: string;
  migrate: string;
}

/**
 * Compiles into `outDir` and writes the prebuilt workflow bundle where the compiled worker looks for it
 * (`<root>/dist/workflow-bundle.js`, root being the folder that holds tsconfig.base.json).
 */
export async function buildApp(root: string, outDir: string): Promise<AppBuild> {
  await compileTree(root, SOURCE_DIRS, outDir);
  await copyFile(path.join(root, 'tsconfig.base.json'), path.join(outDir, 'tsconfig.base.json'));

  const bundle = await bundleWorkflowCode({ ...workflowBundleOptions(root), logger: new DefaultLogger('WARN') });
  await mkdir(path.join(outDir, 'dist'), { recursive: true });
  await writeFile(path.join(outDir, 'dist/workflow-bundle.js'), bundle.code);
  return {
    apiMain: path.join(outDir, 'apps/api/src/main.js'),
    workerMain: path.join(outDir, 'apps/worker/src/main.js'),
    migrate: path.join(outDir, 'apps/api/src/migrate.js'),
  };
}
