/**
 * The API and the worker as `npm run build` makes them (SWC, decorator metadata kept for Nest; tsx cannot run them:
 * esbuild emits no decorator metadata), compiled from the current sources into the bench's own folder, so the bench
 * neither depends on a stale dist/ nor touches it.
 */
import { transformFile } from '@swc/core';
import { DefaultLogger, bundleWorkflowCode } from '@temporalio/worker';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { workflowBundleOptions } from '@congdoan/temporal';

const SOURCE_DIRS = ['apps/api/src', 'apps/worker/src', 'activities/src', 'libs'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(full);
      return e.name.endsWith('.ts') && !/\.(spec|test)\.ts$/.test(e.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

async function compile(root: string, outDir: string, file: string, paths: Record<string, string[]>): Promise<void> {
  const out = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
  const { code } = await transformFile(file, {
    outputPath: out,
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      baseUrl: root,
      paths,
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
  });
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, code);
}

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
  const tsconfig = JSON.parse(await readFile(path.join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  // Aliases point at folders, so the rewritten require() finds the compiled index.js.
  const paths = Object.fromEntries(Object.entries(tsconfig.compilerOptions.paths).map(([k, [v]]) => [k, [path.dirname(v)]]));
  const files = (await Promise.all(SOURCE_DIRS.map((d) => sourceFiles(path.join(root, d))))).flat();
  await Promise.all(files.map((f) => compile(root, outDir, f, paths)));
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
