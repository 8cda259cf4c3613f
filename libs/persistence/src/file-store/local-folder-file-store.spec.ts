import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FileNotStored } from './file-store';
import { LocalFolderFileStore } from './local-folder-file-store';

const CASE_ID = '0b6c3f9e-3f57-4b8e-9a55-2f0b8a1d6c11';

describe('LocalFolderFileStore', () => {
  let root: string;
  let store: LocalFolderFileStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'file-store-'));
    store = new LocalFolderFileStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores a buffer under a generated key in the folder, with its size and SHA-256', async () => {
    const content = Buffer.from('%PDF-1.7 tờ trình');
    const stored = await store.put(content, CASE_ID);
    expect(stored.key).toMatch(new RegExp(`^${CASE_ID}/[0-9a-f-]{36}$`));
    expect(stored.size).toBe(content.length);
    expect(stored.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(await readFile(join(root, stored.key))).toEqual(content);
    expect(await text(await store.open(stored.key))).toBe('%PDF-1.7 tờ trình');
  });

  it('stores a stream the same way, and leaves no temporary file behind', async () => {
    const stored = await store.put(Readable.from([Buffer.from('part one, '), Buffer.from('part two')]), CASE_ID);
    expect(stored.size).toBe(18);
    expect(await readdir(join(root, CASE_ID))).toEqual([stored.key.split('/')[1]]);
  });

  it('removes the temporary file when the source fails midway, so nothing half-written remains', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('some bytes'));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.put(failing, CASE_ID)).rejects.toThrow('client went away');
    expect(await readdir(join(root, CASE_ID))).toEqual([]);
  });

  it('removes a file, and removing it again is not an error', async () => {
    const { key } = await store.put(Buffer.from('x'), CASE_ID);
    await store.remove(key);
    await store.remove(key);
    await expect(store.open(key)).rejects.toBeInstanceOf(FileNotStored);
  });

  it.each(['../etc', 'a/b', '', '.', 'case id'])('refuses the folder %j', async (folder) => {
    await expect(store.put(Buffer.from('x'), folder)).rejects.toThrow('letters, digits and dashes');
  });

  it.each(['../../etc/passwd', `${CASE_ID}/../../x`, '/etc/passwd', `${CASE_ID}/.0b6c3f9e-3f57-4b8e-9a55-2f0b8a1d6c11.part`])(
    'refuses to open or remove the key %j',
    async (key) => {
      await expect(store.open(key)).rejects.toThrow('not a file store key');
      await expect(store.remove(key)).rejects.toThrow('not a file store key');
    },
  );
});
