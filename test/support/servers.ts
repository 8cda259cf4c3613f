/** How global setup tells each test file where its servers are (test workers inherit the environment). */
export const SERVERS_ENV = 'CONGDOAN_IT_SERVERS';

export interface IntegrationServers {
  databaseAdminUrl: string;
  temporalAddress: string;
  /** the catch-all mail server every test stack sends its email to, and its REST API (GET /email) */
  smtpUrl: string;
  mailWebUrl: string;
}

export function integrationServers(): IntegrationServers {
  const raw = process.env[SERVERS_ENV];
  if (!raw) throw new Error('integration servers are not up: run through `npm test` (jest --selectProjects integration)');
  return JSON.parse(raw) as IntegrationServers;
}
