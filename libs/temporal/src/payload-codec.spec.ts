import { type Payload, defaultPayloadConverter } from '@temporalio/common';
import { SecretBox } from '@congdoan/secrets';
import { ENCRYPTED_ENCODING, EncryptionCodec, dataConverterFor } from './payload-codec';

const key = Buffer.alloc(32, 1);
const secret = { procedureCode: 'to-cao', data: { denouncer: { fullName: 'Trần Thị Mật Danh' } } };
const str = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('EncryptionCodec', () => {
  it('seals each payload whole, metadata included, and gives it back unchanged', async () => {
    const codec = new EncryptionCodec(key);
    const originals = [defaultPayloadConverter.toPayload(secret), defaultPayloadConverter.toPayload(undefined), defaultPayloadConverter.toPayload(new Uint8Array([1, 2, 3]))];
    const encoded = await codec.encode(originals);

    expect(encoded).toHaveLength(3);
    for (const payload of encoded) {
      expect(Object.keys(payload.metadata!).sort()).toEqual(['encoding', 'encryption-key-id']);
      expect(str(payload.metadata!.encoding)).toBe(ENCRYPTED_ENCODING);
      expect(str(payload.metadata!['encryption-key-id'])).toBe(new SecretBox(key).keyId);
    }
    const raw = Buffer.from(encoded[0].data!);
    expect(raw.includes(Buffer.from('Mật Danh'))).toBe(false);
    expect(raw.includes(Buffer.from('json/plain'))).toBe(false);

    const decoded = await codec.decode(encoded);
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([secret, undefined, new Uint8Array([1, 2, 3])]);
    expect(str(decoded[0].metadata!.encoding)).toBe('json/plain');
  });

  it('leaves payloads that are not encrypted as they are (histories recorded before encryption)', async () => {
    const plain: Payload[] = [defaultPayloadConverter.toPayload(secret), { metadata: {}, data: new Uint8Array([9]) }, {}];
    const codec = new EncryptionCodec(key);
    expect(await codec.decode(plain)).toEqual(plain);
    const mixed = [...(await codec.encode([plain[0]])), plain[0]];
    expect((await codec.decode(mixed)).map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([secret, secret]);
  });

  it('refuses, naming both key ids, a payload encrypted with another key', async () => {
    const other = Buffer.alloc(32, 2);
    const encoded = await new EncryptionCodec(other).encode([defaultPayloadConverter.toPayload(secret)]);
    const codec = new EncryptionCodec(key);
    await expect(codec.decode(encoded)).rejects.toThrow(
      `cannot decrypt a Temporal payload with PAYLOAD_ENCRYPTION_KEY: SecretBox: wrong key: expected key id ${codec.keyId}, found ${new SecretBox(other).keyId}`,
    );
  });

  it('refuses a payload that was tampered with', async () => {
    const codec = new EncryptionCodec(key);
    const [payload] = await codec.encode([defaultPayloadConverter.toPayload(secret)]);
    const data = Buffer.from(payload.data!);
    data[data.length - 1] ^= 0xff;
    await expect(codec.decode([{ ...payload, data }])).rejects.toThrow('tampered with or corrupted');
  });

  it('is the one codec of the data converter', () => {
    const converter = dataConverterFor(key);
    expect(converter.payloadCodecs).toHaveLength(1);
    expect(converter.payloadCodecs![0]).toBeInstanceOf(EncryptionCodec);
  });
});
