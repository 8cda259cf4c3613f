import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureTemporalCli } from './temporal-cli';

describe('ensureTemporalCli', () => {
  const saved = { PATH: process.env.PATH, CONGDOAN_CACHE_DIR: process.env.CONGDOAN_CACHE_DIR };
  afterEach(() => Object.assign(process.env, saved));

  it('uses a `temporal` found on PATH before building anything', async () => {
    const bin = await mkdtemp(path.join(os.tmpdir(), 'temporal-on-path-'));
    await writeFile(path.join(bin, 'temporal'), '#!/bin/sh\necho temporal\n');
    await chmod(path.join(bin, 'temporal'), 0o755);
    process.env.PATH = `${bin}:${saved.PATH}`;
    await expect(ensureTemporalCli(() => undefined)).resolves.toBe(path.join(bin, 'temporal'));
  });

  it('says exactly what to install when neither the CLI nor Go is there', async () => {
    process.env.CONGDOAN_CACHE_DIR = await mkdtemp(path.join(os.tmpdir(), 'empty-cache-'));
    process.env.PATH = '/nonexistent';
    await expect(ensureTemporalCli(() => undefined)).rejects.toThrow(/Install Go 1\.23 or newer \(Debian\/Ubuntu: `apt-get install -y golang-go`/);
  });
});
