import * as official from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import {
  aesKeyFrom,
  decrypt,
  encrypt,
  isValidSignature,
  signature,
  WecomCryptoError,
} from '../../../src/platforms/wecom/crypto.js';

// The official sample of WeCom's 加解密方案说明 (also in WeCom's sample code in every language).
const TOKEN = 'QDG6eK';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const CORP_ID = 'wx5823bf96d3bd56c7';
const key = aesKeyFrom(AES_KEY);

const GET_ECHOSTR = 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==';
const POST_ENCRYPT =
  'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==';

describe('WeCom callback cryptography', () => {
  it('verifies the official URL-verification signature and decrypts its echostr', () => {
    expect(signature(TOKEN, '1409659589', '263014780', GET_ECHOSTR)).toBe('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3');
    expect(
      isValidSignature('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3', TOKEN, '1409659589', '263014780', GET_ECHOSTR),
    ).toBe(true);
    expect(decrypt(key, GET_ECHOSTR)).toEqual({ message: '1616140317555161061', receiveId: CORP_ID });
  });

  it('decrypts the official message sample, whose padding (30 bytes) is over 16', () => {
    expect(signature(TOKEN, '1409659813', '1372623149', POST_ENCRYPT)).toBe('477715d11cdb4164915debcba66cb864d751f3e6');
    const { message, receiveId } = decrypt(key, POST_ENCRYPT);
    expect(receiveId).toBe(CORP_ID);
    expect(message).toContain('<Content><![CDATA[hello]]></Content>');
    expect(message).toContain('<MsgId>4561255354251345929</MsgId>');
  });

  it('refuses a wrong signature', () => {
    expect(
      isValidSignature('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4', TOKEN, '1409659589', '263014780', GET_ECHOSTR),
    ).toBe(false);
    expect(isValidSignature('short', TOKEN, '1409659589', '263014780', GET_ECHOSTR)).toBe(false);
  });

  it('encrypts byte for byte as the reference vector with a fixed random prefix', () => {
    const reply =
      '<xml><ToUserName><![CDATA[mycreate]]></ToUserName><FromUserName><![CDATA[wx5823bf96d3bd56c7]]></FromUserName><CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[this is a test]]></Content><MsgId>1234567890123456</MsgId><AgentID>128</AgentID></xml>';
    const encrypted = encrypt(key, reply, CORP_ID, Buffer.from('aaaaaaaaaaaaaaaa'));
    expect(encrypted.startsWith('2JaQ0H0H/TuqGM/rDRTva9p888tnPalUxtl86bgFepC7c3hGnvf8Si2yBCRZ6Alf')).toBe(true);
    expect(signature(TOKEN, '1409659813', '1372623149', encrypted)).toBe('5e9cddcea7bda2620a3c1daeac8cecdc8c53b892');
  });

  it('agrees with WeCom’s own @wecom/crypto package in both directions, for every padding length', () => {
    for (let size = 0; size < 70; size++) {
      const text = `消息${'x'.repeat(size)}`;
      const ours = encrypt(key, text, CORP_ID);
      expect(official.decrypt(AES_KEY, ours)).toMatchObject({ message: text, id: CORP_ID });
      const theirs = official.encrypt(AES_KEY, text, CORP_ID);
      expect(decrypt(key, theirs)).toEqual({ message: text, receiveId: CORP_ID });
      expect(signature(TOKEN, '1', '2', theirs)).toBe(official.getSignature(TOKEN, '1', '2', theirs));
    }
  });

  it('refuses malformed ciphertext and a bad key without crashing', () => {
    expect(() => decrypt(key, 'not-base64!!')).toThrow(WecomCryptoError);
    expect(() => decrypt(key, Buffer.alloc(32).toString('base64'))).toThrow();
    expect(() => aesKeyFrom('short')).toThrow(WecomCryptoError);
  });
});

describe('WeCom message XML', async () => {
  const { parseWecomXml } = await import('../../../src/platforms/wecom/decode.js');
  it('accepts markup-looking user text inside CDATA, and refuses declarations outside it', () => {
    const inner =
      '<xml><FromUserName><![CDATA[u]]></FromUserName><Content><![CDATA[a <!DOCTYPE html> <!ENTITY x> b]]></Content></xml>';
    expect(parseWecomXml(inner).Content).toBe('a <!DOCTYPE html> <!ENTITY x> b');
    expect(() => parseWecomXml('<!DOCTYPE x [<!ENTITY a "b">]><xml><Content>&a;</Content></xml>')).toThrow();
  });
});
