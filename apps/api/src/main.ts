import 'reflect-metadata';
import type { AppConfig } from '@congdoan/config';
import { createApiApp } from './create-api-app';
import { APP_CONFIG } from './infrastructure/tokens';

async function main(): Promise<void> {
  const app = await createApiApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.http.port, config.http.host);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
