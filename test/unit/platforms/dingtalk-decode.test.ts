import { describe, expect, it } from 'vitest';
import { decodeDingtalkMessage, dingtalkCallbackSchema } from '../../../src/platforms/dingtalk/decode.js';

const RECEIVED = new Date('2026-11-24T02:00:00Z');
const base = {
  msgId: 'msg-1',
  conversationId: 'cid-1',
  conversationType: '1',
  senderStaffId: 'dt-chen-siyuan',
  createAt: RECEIVED.getTime(),
};

describe('DingTalk robot messages', () => {
  it('keeps a picture’s downloadCode, the reference needed to fetch it later', () => {
    const body = dingtalkCallbackSchema.parse({
      ...base,
      msgtype: 'picture',
      content: { downloadCode: 'dl-code-1', pictureDownloadCode: 'pic-code-1' },
    });
    const message = decodeDingtalkMessage(body, RECEIVED);
    expect(message).toMatchObject({ kind: 'image', media: { mediaId: 'dl-code-1' }, text: '' });
  });

  it('has no media on a text message, and strips the robot’s @-mention in groups', () => {
    const body = dingtalkCallbackSchema.parse({
      ...base,
      conversationType: '2',
      isInAtList: true,
      msgtype: 'text',
      text: { content: '@科技特派员助手 我的进度' },
    });
    const message = decodeDingtalkMessage(body, RECEIVED);
    expect(message?.media).toBeUndefined();
    expect(message?.text).toBe('我的进度');
  });
});
