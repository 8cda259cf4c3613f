/**
 * A lean JSON client for the API: node:http on keep-alive sockets (one per request in flight), so the client side
 * costs about what the bare Temporal client's does, and the measured difference is the server's.
 */
import http from 'node:http';

export interface ApiReply<T> {
  status: number;
  body: T;
}

export class ApiClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private token: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async login(username: string, password = 'demo123'): Promise<void> {
    const reply = await this.request<{ accessToken: string }>('POST', '/api/auth/login', { username, password });
    if (reply.status !== 200) throw new Error(`login ${username} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    this.token = reply.body.accessToken;
  }

  request<T>(method: string, path: string, body?: unknown): Promise<ApiReply<T>> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: http.OutgoingHttpHeaders = { accept: 'application/json' };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    return new Promise((resolve, reject) => {
      const req = http.request(`${this.baseUrl}${path}`, { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: (text ? JSON.parse(text) : undefined) as T });
          } catch {
            reject(new Error(`${method} ${path}: ${res.statusCode} with a body that is not JSON: ${text.slice(0, 200)}`));
          }
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Like request(), but anything other than `expected` is an error naming the route and the answer. */
  async expect<T>(expected: number, method: string, path: string, body?: unknown): Promise<T> {
    const reply = await this.request<T>(method, path, body);
    if (reply.status !== expected) throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
    return reply.body;
  }

  close(): void {
    this.agent.destroy();
  }
}
