import os from 'node:os';
import path from 'node:path';

/** Tools built or fetched once per machine live outside the clone, so a fresh clone reuses them. */
export function toolCacheDir(env = process.env): string {
  if (env.CONGDOAN_CACHE_DIR) return env.CONGDOAN_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'congdoan-workflow');
}
