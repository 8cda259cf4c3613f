import { existsSync } from 'node:fs';
import { workflowBundleOptions, workspaceAliases } from './workflow-bundle';

describe('workflow bundle options', () => {
  it('maps every @congdoan alias to a file that exists', () => {
    const aliases = workspaceAliases();
    expect(Object.keys(aliases)).toEqual(expect.arrayContaining(['@congdoan/contracts', '@congdoan/domain']));
    for (const target of Object.values(aliases)) expect(existsSync(target)).toBe(true);
  });

  it('adds the aliases to the bundler config and keeps what was there', () => {
    const { webpackConfigHook, workflowsPath } = workflowBundleOptions();
    expect(existsSync(workflowsPath!)).toBe(true);
    const config = webpackConfigHook!({ resolve: { alias: { keep: '/x' } } });
    expect(config.resolve?.alias).toMatchObject({ keep: '/x', '@congdoan/domain': expect.stringMatching(/libs\/domain\/src\/index\.ts$/) });
  });
});
