/**
 * The one way the UI talks to the API: same origin, JSON, the bearer token of the session, and errors as ApiError
 * carrying the server's body ({error, message, messageEn, details[]}) so forms can show it next to the field.
 */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
  messageEn: string;
}

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  messageEn?: string;
  details?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }

  /** No answer at all (offline, server down): the UI offers a retry instead of an error text. */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

const TOKEN_KEY = 'congdoan.token';
let onUnauthorized: () => void = () => undefined;

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  save: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
  /** what to do when the server says the token is no good (expired): back to the login page */
  onUnauthorized: (handler: () => void) => {
    onUnauthorized = handler;
  },
};

export interface RequestOptions {
  method?: string;
  body?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const token = session.token();
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method: options.method ?? 'GET', headers, body });
  } catch {
    throw new ApiError(0, null);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const parsed: unknown = text ? safeJson(text) : null;
  if (!res.ok) {
    if (res.status === 401 && token) {
      session.clear();
      onUnauthorized();
    }
    throw new ApiError(res.status, isErrorBody(parsed) ? parsed : null);
  }
  return parsed as T;
}

/** Downloads a file the API serves behind the token (a decision PDF, a dossier scan) and hands it to the browser. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = session.token();
  const res = await fetch(`/api${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }).catch(() => null);
  if (!res) throw new ApiError(0, null);
  if (!res.ok) {
    const parsed = safeJson(await res.text());
    throw new ApiError(res.status, isErrorBody(parsed) ? parsed : null);
  }
  const name = fileNameOf(res.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileNameOf(disposition: string | null): string | null {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) return decodeURIComponent(star[1]);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const isErrorBody = (value: unknown): value is ErrorBody => typeof value === 'object' && value !== null && 'message' in value;
