import 'reflect-metadata';
import { loadAppConfig } from '@congdoan/config';
import { createDataSource, runMigrations, seedDemoIfEmpty } from '@congdoan/persistence';

/** Applies pending migrations (and the demo seed when SEED_DEMO=true); run once before the API and worker start. */
async function main(): Promise<void> {
  const config = loadAppConfig();
  const db = await createDataSource({ url: config.database.url, applicationName: 'congdoan-migrate' }).initialize();
  try {
    const applied = await runMigrations(db);
    console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'migrations: up to date');
    if (config.seedDemo) console.log((await seedDemoIfEmpty(db)) ? 'demo data: loaded' : 'demo data: database not empty, left as is');
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  console.error('migration failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
