import request from 'supertest';
import type { TestService } from './test-service.js';

/** Sends a chat message through the local channel as `userId` and returns the text of the first reply. */
export function chatWith(service: () => TestService) {
  return (userId: string, text: string): Promise<string> =>
    request(service().handler)
      .post('/local/messages')
      .send({ userId, text })
      .then((response) => response.body.replies[0]?.text as string);
}

/** Sends a chat message through the local channel as `userId` and returns the texts of all replies, one after another. */
export function chatAllWith(service: () => TestService) {
  return (userId: string, text: string): Promise<string> =>
    request(service().handler)
      .post('/local/messages')
      .send({ userId, text })
      .then((response) => (response.body.replies as { text: string }[]).map((reply) => reply.text).join('\n\n'));
}

/**
 * Confirms everything waiting for an enterprise contact: 「全部确认」 again while it leaves out records reported after
 * the list the contact was last shown (those are shown, not confirmed unread).
 */
export function confirmAllWith(service: () => TestService) {
  const sayAll = chatAllWith(service);
  return async (userId: string): Promise<string> => {
    let reply = '';
    for (let round = 0; round < 3; round++) {
      reply = await sayAll(userId, '全部确认');
      if (!reply.includes('「全部确认」没有包括它们')) break;
    }
    return reply;
  };
}
