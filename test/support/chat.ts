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
