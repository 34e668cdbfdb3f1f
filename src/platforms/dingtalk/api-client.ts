import axios, { type AxiosInstance } from 'axios';
import type { Clock } from '../../common/clock.js';
import type { KeyValueStore } from '../../store/key-value-store.js';
import { type ChannelSender, type Delivery, mayHaveArrived, SendError } from '../contract.js';
import { outboundHttp } from '../outbound-http.js';
import { TokenCache } from '../token-cache.js';
import type { DingtalkConfig } from './config.js';
import { isTrustedSessionWebhook } from './receiver.js';

/** A session webhook this close to its expiry is not used: the send could arrive after it. */
const SESSION_MARGIN_MS = 60_000;

interface OapiResponse {
  errcode?: number;
  errmsg?: string;
}

/**
 * Replies through the conversation's session webhook while it is valid, otherwise through the robot OpenAPI
 * (one-to-one batchSend, or groupMessages/send for a group). In groups the asker is @-ed.
 */
export class DingtalkSender implements ChannelSender {
  private readonly api: AxiosInstance;
  /** Session webhooks: whole URLs the platform handed over with a message (checked as DingTalk's before use). */
  private readonly webhooks = outboundHttp();
  private readonly tokens: TokenCache;

  constructor(
    private readonly config: DingtalkConfig,
    store: KeyValueStore,
    private readonly clock: Clock,
  ) {
    this.api = outboundHttp({ baseURL: config.apiBase });
    this.tokens = new TokenCache(store, `dingtalk:token:${config.appKey}`, () => this.fetchToken());
  }

  async send(delivery: Delivery): Promise<void> {
    const target = delivery.target;
    if (target.channel !== 'DINGTALK') throw new SendError('not a DingTalk target', false);
    const group = target.conversationKind === 'group';
    const text = group ? `@${target.staffId} ${delivery.text}` : delivery.text;
    // The webhook comes from the callback body, which DingTalk's signature does not cover: only DingTalk's own
    // session endpoint is trusted, never an arbitrary URL.
    const trusted = isTrustedSessionWebhook(target.sessionWebhook, this.config.oapiBase);
    if (
      trusted &&
      target.sessionWebhook &&
      (target.sessionWebhookExpiresAt ?? 0) > this.clock.now().getTime() + SESSION_MARGIN_MS
    ) {
      return this.sendBySession(target.sessionWebhook, text, delivery.format, group ? target.staffId : undefined);
    }
    const message =
      delivery.format === 'MARKDOWN'
        ? { msgKey: 'sampleMarkdown', msgParam: JSON.stringify({ title: firstLine(text), text }) }
        : { msgKey: 'sampleText', msgParam: JSON.stringify({ content: text }) };
    if (group && target.conversationId) {
      // https://open.dingtalk.com/document/orgapp/the-robot-sends-a-group-message
      return this.openApi('/v1.0/robot/groupMessages/send', {
        robotCode: this.config.robotCode,
        openConversationId: target.conversationId,
        ...message,
      });
    }
    // https://open.dingtalk.com/document/orgapp/chatbots-send-one-on-one-chat-messages-in-batches
    return this.openApi('/v1.0/robot/oToMessages/batchSend', {
      robotCode: this.config.robotCode,
      userIds: [target.staffId],
      ...message,
    });
  }

  private async sendBySession(webhook: string, text: string, format: Delivery['format'], at?: string): Promise<void> {
    const body =
      format === 'MARKDOWN'
        ? { msgtype: 'markdown', markdown: { title: firstLine(text), text } }
        : { msgtype: 'text', text: { content: text } };
    try {
      const { data } = await this.webhooks.post<OapiResponse>(webhook, {
        ...body,
        ...(at ? { at: { atUserIds: [at] } } : {}),
      });
      if (data.errcode) throw new SendError(`DingTalk session webhook errcode ${data.errcode}: ${data.errmsg}`, true);
    } catch (error) {
      if (error instanceof SendError) throw error;
      throw new SendError(`DingTalk session webhook failed: ${(error as Error).message}`, true, mayHaveArrived(error));
    }
  }

  private async openApi(path: string, body: object, retried = false): Promise<void> {
    const token = await this.tokens.get();
    try {
      await this.api.post(path, body, { headers: { 'x-acs-dingtalk-access-token': token } });
    } catch (error) {
      const status = axios.isAxiosError(error) ? error.response?.status : undefined;
      if (status === 401 && !retried) {
        await this.tokens.invalidate(token);
        return this.openApi(path, body, true);
      }
      const retryable = status === undefined || status === 429 || status >= 500;
      throw new SendError(`DingTalk ${path} failed: ${(error as Error).message}`, retryable, mayHaveArrived(error));
    }
  }

  /** https://open.dingtalk.com/document/orgapp/obtain-the-access_token-of-an-internal-app */
  private async fetchToken() {
    const { data } = await this.api.post<{ accessToken?: string; expireIn?: number }>('/v1.0/oauth2/accessToken', {
      appKey: this.config.appKey,
      appSecret: this.config.appSecret,
    });
    if (!data.accessToken) throw new SendError('DingTalk accessToken: no token in the answer', true);
    return { token: data.accessToken, expiresInSeconds: data.expireIn ?? 7200 };
  }
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/^[#>*\s]+/, '').slice(0, 30) || '科技特派员助手';
}
