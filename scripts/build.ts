/**
 * Builds the API, the worker and their libraries into dist/ (one .js per .ts, `@congdoan/*` imports rewritten to
 * relative paths by SWC, decorator metadata kept for Nest), then the workflow bundle the production worker loads.
 * SWC, not tsc, because it is ~20× faster on 2 cores; type checking is its own step (`npm run typecheck`).
 */
import { transformFile } from '@swc/core';
import { DefaultLogger, bundleWorkflowCode } from '@temporalio/worker';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prebuiltWorkflowBundlePath, repoRoot, workflowBundleOptions } from '@congdoan/temporal';

const root = repoRoot(__dirname);
const SOURCE_DIRS = ['apps/api/src', 'apps/worker/src', 'activities/src', 'libs', 'scripts'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(full);
      return /\.ts$/.test(e.name) && !/\.(spec|test)\.ts$/.test(e.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

async function compile(file: string, paths: Record<string, string[]>): Promise<void> {
  const out = path.join(root, 'dist', path.relative(root, file)).replace(/\.ts$/, '.js');
  const { code, map } = await transformFile(file, {
    sourceMaps: true,
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
  await writeFile(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
  if (map) await writeFile(`${out}.map`, map);
}

async function main(): Promise<void> {
  const started = Date.now();
  await rm(path.join(root, 'dist'), { recursive: true, force: true });
  const tsconfig = (await import(path.join(root, 'tsconfig.base.json'))) as { compilerOptions: { paths: Record<string, string[]> } };
  // Point aliases at folders, not index.ts, so the rewritten require() resolves the compiled index.js.
  const paths = Object.fromEntries(Object.entries(tsconfig.compilerOptions.paths).map(([k, [v]]) => [k, [path.dirname(v)]]));
  const files = (await Promise.all(SOURCE_DIRS.map((d) => sourceFiles(path.join(root, d))))).flat();
  await Promise.all(files.map((f) => compile(f, paths)));
  console.log(`build: ${files.length} files compiled in ${Date.now() - started} ms`);

  const bundle = await bundleWorkflowCode({ ...workflowBundleOptions(root), logger: new DefaultLogger('WARN') });
  await writeFile(prebuiltWorkflowBundlePath(root), bundle.code);
  console.log(`build: workflow bundle written (${Math.round(bundle.code.length / 1024)} KiB) in ${Date.now() - started} ms total`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
