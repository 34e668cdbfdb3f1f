import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * WeCom callback cryptography (加解密方案, https://developer.work.weixin.qq.com/document/path/90968):
 * SHA-1 signature over the sorted token, timestamp, nonce and ciphertext; AES-256-CBC with key =
 * Base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7 padded to a multiple of 32 bytes over
 * random(16) + length(4, big-endian) + message + receiveid.
 */
const BLOCK = 32;

export class WecomCryptoError extends Error {}

export function aesKeyFrom(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (encodingAesKey.length !== 43 || key.length !== 32)
    throw new WecomCryptoError('EncodingAESKey must be 43 Base64 characters');
  return key;
}

export function signature(token: string, timestamp: string, nonce: string, encrypted: string): string {
  return createHash('sha1').update([token, timestamp, nonce, encrypted].sort().join('')).digest('hex');
}

export function isValidSignature(
  expected: string,
  token: string,
  timestamp: string,
  nonce: string,
  encrypted: string,
): boolean {
  const actual = Buffer.from(signature(token, timestamp, nonce, encrypted));
  const given = Buffer.from(expected.toLowerCase());
  return given.length === actual.length && timingSafeEqual(given, actual);
}

export function decrypt(key: Buffer, encrypted: string): { message: string; receiveId: string } {
  const data = Buffer.from(encrypted, 'base64');
  if (data.length === 0 || data.length % BLOCK !== 0)
    throw new WecomCryptoError('ciphertext length is not a whole number of blocks');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  // Padding goes up to 32 bytes, which Node's own PKCS#7 check (max 16) refuses: strip it by hand.
  decipher.setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(data), decipher.final()]);
  const pad = padded[padded.length - 1] ?? 0;
  if (pad < 1 || pad > BLOCK) throw new WecomCryptoError('bad padding');
  const plain = padded.subarray(0, padded.length - pad);
  if (plain.length < 20) throw new WecomCryptoError('plaintext too short');
  const length = plain.readUInt32BE(16);
  if (20 + length > plain.length) throw new WecomCryptoError('message length out of range');
  return {
    message: plain.subarray(20, 20 + length).toString('utf8'),
    receiveId: plain.subarray(20 + length).toString('utf8'),
  };
}

export function encrypt(key: Buffer, message: string, receiveId: string, random: Buffer = randomBytes(16)): string {
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const plain = Buffer.concat([random, length, body, Buffer.from(receiveId, 'utf8')]);
  const pad = BLOCK - (plain.length % BLOCK);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString(
    'base64',
  );
}
