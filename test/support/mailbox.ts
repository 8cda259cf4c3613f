import { integrationServers } from './servers';
import { eventually } from './http-checks';

/** One message as the catch-all mail server (MailDev) shows it. */
export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  to: { address: string; name: string }[];
}

/** Every message the integration mail server caught, from every test stack (filter by recipient and case id). */
export async function caughtMail(): Promise<CaughtMail[]> {
  const res = await fetch(`${integrationServers().mailWebUrl}/email`);
  if (!res.ok) throw new Error(`mail catcher answered ${res.status}`);
  return (await res.json()) as CaughtMail[];
}

export const mailTo = async (address: string, containing: string): Promise<CaughtMail[]> =>
  (await caughtMail()).filter((m) => m.to.some((t) => t.address === address) && m.text.includes(containing));

/** Waits until `address` has a message whose text contains `containing` (e.g. the case's id in its link). */
export const waitForMail = (address: string, containing: string): Promise<CaughtMail> =>
  eventually(async () => (await mailTo(address, containing))[0], `an email to ${address} mentioning ${containing}`);
