import { z } from 'zod';
import type { Clock } from '../../common/clock.js';
import { AppError, ErrorCode } from '../../common/errors.js';
import { cleanMessage } from '../clean-message.js';
import type { InboundMessage } from '../contract.js';
import type { WecomConfig } from './config.js';
import { aesKeyFrom, decrypt, isValidSignature, WecomCryptoError } from './crypto.js';
import { decodeWecomMessage, MalformedXmlError, parseWecomXml } from './decode.js';

/** WeCom retries within seconds; a signed request older than this is a replay. */
const MAX_AGE_SECONDS = 600;

/** The ciphertext of a callback envelope: Base64 inside CDATA, found without parsing anything unsigned. */
const ENCRYPTED_FIELD = /<Encrypt>\s*<!\[CDATA\[([A-Za-z0-9+/=]{1,65536})\]\]>\s*<\/Encrypt>/;

const signedQuery = z.object({
  msg_signature: z.string().regex(/^[0-9a-fA-F]{40}$/),
  timestamp: z.string().regex(/^\d{1,12}$/),
  nonce: z.string().min(1).max(64),
});

/**
 * The WeCom self-built app callback (接收消息与事件): checks the signature and age before anything else is done with
 * the request, then decrypts, checks the corp and decodes the message.
 */
export class WecomReceiver {
  private readonly key: Buffer;

  constructor(
    private readonly config: WecomConfig,
    private readonly clock: Clock,
  ) {
    this.key = aesKeyFrom(config.aesKey);
  }

  /** The console's URL check: the decrypted echostr. */
  verifyUrl(query: Record<string, unknown>): string {
    const echostr = typeof query.echostr === 'string' ? query.echostr : '';
    if (!echostr) throw new AppError(ErrorCode.BadRequest, 'echostr is required');
    return this.open(query, echostr);
  }

  /** A message callback: `body` is the raw envelope, at most CALLBACK_MAX_BYTES. */
  receive(query: Record<string, unknown>, body: string): InboundMessage {
    const encrypted = ENCRYPTED_FIELD.exec(body)?.[1];
    if (!encrypted) throw new AppError(ErrorCode.BadRequest, 'Malformed XML');
    const plain = this.open(query, encrypted);
    try {
      return cleanMessage(decodeWecomMessage(parseWecomXml(plain), this.clock.now()));
    } catch (error) {
      if (error instanceof MalformedXmlError)
        throw new AppError(ErrorCode.BadRequest, 'Malformed XML', { cause: error });
      throw error;
    }
  }

  /** Checks signature and age, decrypts, and makes sure the message is for this corp. */
  private open(query: Record<string, unknown>, encrypted: string): string {
    const signed = signedQuery.safeParse(query);
    if (!signed.success) throw new AppError(ErrorCode.Unauthorized, 'Invalid msg_signature');
    const { msg_signature, timestamp, nonce } = signed.data;
    if (!isValidSignature(msg_signature, this.config.token, timestamp, nonce, encrypted)) {
      throw new AppError(ErrorCode.Unauthorized, 'Invalid msg_signature');
    }
    if (Math.abs(this.clock.now().getTime() / 1000 - Number(timestamp)) > MAX_AGE_SECONDS) {
      throw new AppError(ErrorCode.Forbidden, 'Stale request');
    }
    let opened: { message: string; receiveId: string };
    try {
      opened = decrypt(this.key, encrypted);
    } catch (error) {
      if (error instanceof WecomCryptoError || error instanceof Error)
        throw new AppError(ErrorCode.BadRequest, 'Undecryptable payload', { cause: error });
      throw error;
    }
    if (opened.receiveId !== this.config.corpId) throw new AppError(ErrorCode.Forbidden, 'Message is for another corp');
    return opened.message;
  }
}
