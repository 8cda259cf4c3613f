import { type ChildProcess, spawn } from 'node:child_process';

export interface MailCatcher {
  /** what SMTP_URL is set to */
  smtpUrl: string;
  /** the web page (and REST API: GET /email) where the caught mail is read */
  webUrl: string;
  process: ChildProcess;
}

/**
 * A local catch-all mail server (MailDev): accepts every message on 127.0.0.1 and shows it in a web page, so the
 * emails a demo or a test sends are real SMTP traffic that a person can read. Run as a child process because
 * MailDev installs its own exit-on-signal handlers, which must not take over our shutdown order.
 */
export async function startMailCatcher(options: { smtpPort: number; webPort: number; mailDir?: string; log?: (line: string) => void }): Promise<MailCatcher> {
  const bin = require.resolve('maildev/bin/maildev');
  const args = ['--smtp', String(options.smtpPort), '--web', String(options.webPort), '--ip', '127.0.0.1', '--silent'];
  if (options.mailDir) args.push('--mail-directory', options.mailDir);
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.log ?? (() => undefined);
  child.stdout?.on('data', (d: Buffer) => log(d.toString().trim()));
  child.stderr?.on('data', (d: Buffer) => log(d.toString().trim()));
  const webUrl = `http://127.0.0.1:${options.webPort}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the mail catcher exited (code ${code}) before answering on ${webUrl}; is a port in use?`))),
  );
  await Promise.race([waitForHttp(`${webUrl}/healthz`, 30_000), exited]);
  return { smtpUrl: `smtp://127.0.0.1:${options.smtpPort}`, webUrl, process: child };
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
