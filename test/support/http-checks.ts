/** The API's error body, as the tests read it. */
export interface ErrorBody {
  error: string;
  message: string;
  messageEn?: string;
  details?: { field: string; rule: string; message: string; messageEn: string }[];
}

/** `field:rule` of each problem, the form the tests compare. */
export const fieldRules = (body: ErrorBody): string[] => (body.details ?? []).map((d) => `${d.field}:${d.rule}`);

/** The read model is written by activities after the workflow moves: poll until it shows what is expected. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
