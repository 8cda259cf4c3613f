import { type DataConverter, METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { SecretBox } from '@congdoan/secrets';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const ENCRYPTION_KEY_ID = 'encryption-key-id';

const utf8 = new TextEncoder();
const text = new TextDecoder();

/**
 * Encrypts every payload Temporal stores (workflow and activity inputs and results, updates, signals, queries, memos)
 * with AES-256-GCM, so that case data (a denouncer's identity above all) is never readable in Temporal's history,
 * database or Web UI. The whole original payload, metadata included, is sealed; payloads that are not
 * `binary/encrypted` decode as they are, so histories recorded before encryption still replay.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly box: SecretBox;

  constructor(key: Uint8Array) {
    this.box = new SecretBox(key);
  }

  get keyId(): string {
    return this.box.keyId;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => ({
      metadata: { [METADATA_ENCODING_KEY]: utf8.encode(ENCRYPTED_ENCODING), [ENCRYPTION_KEY_ID]: utf8.encode(this.box.keyId) },
      data: this.box.seal(temporal.api.common.v1.Payload.encode(payload).finish()),
    }));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const encoding = payload.metadata?.[METADATA_ENCODING_KEY];
      if (!encoding || text.decode(encoding) !== ENCRYPTED_ENCODING) return payload;
      if (!payload.data) throw new Error('cannot decrypt a Temporal payload: it is marked binary/encrypted but has no data');
      try {
        return temporal.api.common.v1.Payload.decode(this.box.open(payload.data));
      } catch (err) {
        throw new Error(`cannot decrypt a Temporal payload with PAYLOAD_ENCRYPTION_KEY: ${(err as Error).message}`);
      }
    });
  }
}

/** The data converter of every client and worker of the procedures: give it the configured payload key. */
export function dataConverterFor(key: Uint8Array): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(key)] };
}
