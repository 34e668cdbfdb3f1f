import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../src/platforms/clean-message.js';
import type { InboundMessage } from '../../../src/platforms/contract.js';

const message = (text: string, senderId = 'ChenSiYuan'): InboundMessage => ({
  channel: 'WECOM',
  senderId,
  conversationId: senderId,
  conversationKind: 'direct',
  kind: 'text',
  text,
  messageId: '1',
  sentAt: new Date(Date.UTC(2026, 11, 1, 2)),
  replyTo: { channel: 'WECOM', userId: senderId },
});

describe('cleanMessage', () => {
  it('removes NUL characters wherever they are, keeping the rest and the dates', () => {
    const cleaned = cleanMessage(message('今天在\u0000龙桂科技', 'Chen\u0000SiYuan'));
    expect(cleaned.text).toBe('今天在龙桂科技');
    expect(cleaned.senderId).toBe('ChenSiYuan');
    expect(cleaned.replyTo).toEqual({ channel: 'WECOM', userId: 'ChenSiYuan' });
    expect(cleaned.sentAt).toEqual(new Date(Date.UTC(2026, 11, 1, 2)));
  });

  it('returns a message without NUL as it came', () => {
    const plain = message('补助标准是多少');
    expect(cleanMessage(plain)).toBe(plain);
  });
});
