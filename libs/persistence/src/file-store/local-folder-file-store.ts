import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { FileNotStored, type FileStore, type StoredFile } from './file-store';

const FOLDER = /^[A-Za-z0-9-]{1,64}$/;
const KEY = /^[A-Za-z0-9-]{1,64}\/[0-9a-f-]{36}$/;

/**
 * Files in a folder on the local disk: `<root>/<folder>/<uuid>`. Each file is written to a hidden temporary name in
 * the same folder, flushed to disk, then renamed: a reader never sees half a file, and a crash leaves only a
 * `.<uuid>.part` behind, which no key points to.
 */
export class LocalFolderFileStore implements FileStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(content: Buffer | Readable, folder: string): Promise<StoredFile> {
    if (!FOLDER.test(folder)) throw new Error(`file store folder must be letters, digits and dashes: '${folder}'`);
    const id = randomUUID();
    const key = `${folder}/${id}`;
    const dir = join(this.root, folder);
    const temporary = join(dir, `.${id}.part`);
    await mkdir(dir, { recursive: true, mode: 0o750 });

    const hash = createHash('sha256');
    let size = 0;
    const file = await open(temporary, 'wx', 0o640);
    try {
      // Awaiting each write is the back-pressure: a slow disk slows the reader instead of filling memory.
      for await (const chunk of Buffer.isBuffer(content) ? [content] : content) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        hash.update(bytes);
        size += bytes.length;
        await file.write(bytes);
      }
      await file.sync();
      await file.close();
      await rename(temporary, this.pathOf(key));
    } catch (error) {
      await file.close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  async open(key: string): Promise<Readable> {
    try {
      const file = await open(this.pathOf(key), 'r');
      return file.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotStored(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Keys are the store's own, but checked anyway: a key can never name a path outside the root. */
  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    const inside = relative(this.root, path);
    if (!KEY.test(key) || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`not a file store key: '${key}'`);
    return path;
  }
}
