import { ValidationFailed } from '@congdoan/domain';
import { caseCursor, taskCursor } from './page-cursor';
import { canonicalJson, requestHash } from './request-hash';

describe('keyset cursors', () => {
  const id = '0b9a3a8e-3c1e-4d8e-9f7a-1c2d3e4f5a6b';

  it('round-trips the sort key of the last row, opaquely', () => {
    const row = { createdAt: '2026-11-22T06:08:16.157123Z', id };
    const cursor = caseCursor.encode(row);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(caseCursor.decode(cursor)).toEqual(row);
    expect(taskCursor.decode(taskCursor.encode({ dueDate: '2026-12-01', id }))).toEqual({ dueDate: '2026-12-01', id });
    expect(taskCursor.decode(taskCursor.encode({ dueDate: null, id }))).toEqual({ dueDate: null, id });
  });

  it('refuses a forged or foreign cursor as a 400 naming the cursor', () => {
    for (const bad of ['abc', Buffer.from(`2026-11-22|${id}`).toString('base64url'), taskCursor.encode({ dueDate: 'x', id })]) {
      expect(() => caseCursor.decode(bad)).toThrow(ValidationFailed);
    }
    try {
      taskCursor.decode(Buffer.from("'; DROP TABLE tasks|1").toString('base64url'));
      throw new Error('accepted');
    } catch (error) {
      expect((error as ValidationFailed).details?.[0]).toMatchObject({ field: 'cursor', rule: 'cursor' });
    }
  });
});

describe('request hash', () => {
  it('ignores key order and undefined fields, not values', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: 3 }], a: undefined, e: null })).toBe('{"b":[1,{"c":3,"d":2}],"e":null}');
    expect(requestHash({ x: 1, y: 'a' })).toBe(requestHash({ y: 'a', x: 1 }));
    expect(requestHash({ x: 1 })).not.toBe(requestHash({ x: 2 }));
  });
});
