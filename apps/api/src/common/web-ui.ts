import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@congdoan/temporal';

/** Where the build writes the officers' web UI (apps/web → dist/web). */
export const webUiDir = (): string => path.join(repoRoot(__dirname), 'dist', 'web');

/**
 * Serves the web UI from the API's own origin (no CORS, one port): the built files, and index.html for every other
 * GET outside /api so that a link such as /cases/:id opens the page. Hashed assets are cached for a year; index.html
 * never is, so a new build is picked up at once. Without a build the API runs alone.
 */
export function serveWebUi(app: NestExpressApplication): boolean {
  const dir = webUiDir();
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path === '/api' || req.path.startsWith('/api/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
