import { type TestStack, startTestStack } from '../support/api-harness';

interface CatalogEntry {
  code: string;
  steps: { key: string }[];
  dossier: { key: string; name: string; required: boolean }[];
}

describe('the procedure catalog names each dossier item an officer must ask for (HTTP, real PostgreSQL)', () => {
  let stack: TestStack;
  let token: string;
  beforeAll(async () => {
    stack = await startTestStack();
    token = await stack.login('canbo');
  });
  afterAll(() => stack.stop());

  it("lists thanh-lap-cdcs's thành phần hồ sơ in order, with which items are required", async () => {
    const res = await stack.request<CatalogEntry[]>('GET', '/api/procedures', { token });
    expect(res.status).toBe(200);
    const founding = res.body.find((p) => p.code === 'thanh-lap-cdcs')!;
    expect(founding.dossier.map((d) => `${d.key}:${d.required}`)).toEqual([
      'to-trinh:true',
      'danh-sach-doan-vien:true',
      'bien-ban-dai-hoi:true',
      'bien-ban-kiem-phieu:true',
      'danh-sach-trich-ngang:true',
      'giay-phep-thanh-lap:true',
      'bao-cao-lao-dong:false',
    ]);
    expect(founding.dossier[2]).toEqual({ key: 'bien-ban-dai-hoi', name: 'Biên bản đại hội thành lập công đoàn cơ sở', required: true, identifiesDenouncer: false });
    // additive: the steps are still there
    expect(founding.steps.map((s) => s.key)).toEqual(['kiem-tra-ho-so', 'bo-sung-ho-so', 'xet-duyet', 'ban-hanh-quyet-dinh']);
  });

  it('gives every procedure a dossier list (the UI renders it for each card)', async () => {
    const res = await stack.request<CatalogEntry[]>('GET', '/api/procedures', { token });
    for (const p of res.body) expect(Array.isArray(p.dossier)).toBe(true);
  });

  it('still needs a token', async () => {
    expect((await stack.request('GET', '/api/procedures')).status).toBe(401);
  });
});
