import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BundleOptions, WorkerOptions } from '@temporalio/worker';

/** The repository root: the nearest folder up from here that holds tsconfig.base.json. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'tsconfig.base.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`tsconfig.base.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The `@congdoan/*` path aliases of tsconfig.base.json as webpack aliases, so workflow code imports libs by name. */
export function workspaceAliases(root = repoRoot()): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([name, [target]]) => [name, path.join(root, target)]),
  );
}

/** What the Temporal bundler needs to build the workflow bundle from source (build step and tests). */
export function workflowBundleOptions(root = repoRoot()): Pick<BundleOptions, 'workflowsPath' | 'webpackConfigHook'> {
  const aliases = workspaceAliases(root);
  return {
    workflowsPath: path.join(root, 'workflows/src/index.ts'),
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string>), ...aliases } },
    }),
  };
}

/** The same, in the shape `Worker.create` takes (it bundles at start; its hook lives under `bundlerOptions`). */
export function workerBundleOptions(root = repoRoot()): Pick<WorkerOptions, 'workflowsPath' | 'bundlerOptions'> {
  const { workflowsPath, webpackConfigHook } = workflowBundleOptions(root);
  return { workflowsPath, bundlerOptions: { webpackConfigHook } };
}

/** Where the build step writes the prebuilt bundle that the production worker loads. */
export function prebuiltWorkflowBundlePath(root = repoRoot()): string {
  return path.join(root, 'dist/workflow-bundle.js');
}
