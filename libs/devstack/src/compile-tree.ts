import { transformFile } from '@swc/core';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Compiles TypeScript folders of the clone into `outDir`, one .js per .ts (specs left out), with SWC: decorator
 * metadata kept for Nest (esbuild/tsx emit none), `@congdoan/*` imports rewritten to relative paths. SWC, not tsc:
 * about 20× faster on 2 cores; type checking is its own step. Returns how many files it compiled.
 */
export async function compileTree(root: string, dirs: readonly string[], outDir: string, options: { sourceMaps?: boolean } = {}): Promise<number> {
  const tsconfig = JSON.parse(await readFile(path.join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  // Aliases point at folders, not index.ts, so the rewritten require() resolves the compiled index.js.
  const paths = Object.fromEntries(Object.entries(tsconfig.compilerOptions.paths).map(([k, [v]]) => [k, [path.dirname(v)]]));
  const files = (await Promise.all(dirs.map((d) => sourceFiles(path.join(root, d))))).flat();
  await Promise.all(files.map((file) => compileFile(root, outDir, file, paths, options.sourceMaps ?? false)));
  return files.length;
}

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

async function compileFile(root: string, outDir: string, file: string, paths: Record<string, string[]>, sourceMaps: boolean): Promise<void> {
  const out = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
  const { code, map } = await transformFile(file, {
    sourceMaps,
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
  await writeFile(out, map ? `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n` : code);
  if (map) await writeFile(`${out}.map`, map);
}
