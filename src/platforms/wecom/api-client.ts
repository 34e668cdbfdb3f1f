import type { AxiosInstance } from 'axios';
import type { KeyValueStore } from '../../store/key-value-store.js';
import { type ChannelSender, type Delivery, mayHaveArrived, SendError } from '../contract.js';
import { outboundHttp } from '../outbound-http.js';
import { TokenCache } from '../token-cache.js';
import type { WecomConfig } from './config.js';

/** WeCom errcodes meaning the access token is invalid or expired (expired ones sometimes come as 40014). */
const TOKEN_ERRORS = new Set([40014, 42001, 41001]);
/** Errcodes where retrying later can succeed: system busy, frequency limits. */
const RETRYABLE_ERRORS = new Set([-1, 45009, 45033, 45047]);
/** WeCom's longest duplicate-check window (4 h). */
const MAX_DUPLICATE_CHECK_SECONDS = 4 * 3_600;
const DUPLICATE_CHECK_MARGIN_SECONDS = 60;

/**
 * A resend whose earlier send may have arrived asks WeCom to drop it if the same content reached the member since
 * then. First sends do not: the check would also drop a legitimately repeated identical answer.
 */
export function duplicateCheck(inDoubtForMs: number | undefined) {
  if (inDoubtForMs === undefined) return {};
  const seconds = Math.ceil(Math.max(0, inDoubtForMs) / 1000) + DUPLICATE_CHECK_MARGIN_SECONDS;
  return { enable_duplicate_check: 1, duplicate_check_interval: Math.min(seconds, MAX_DUPLICATE_CHECK_SECONDS) };
}

interface WecomResponse {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

/** Sends app messages to members through cgi-bin/message/send. */
export class WecomSender implements ChannelSender {
  private readonly http: AxiosInstance;
  private readonly tokens: TokenCache;

  constructor(
    private readonly config: WecomConfig,
    store: KeyValueStore,
  ) {
    this.http = outboundHttp({ baseURL: config.apiBase });
    this.tokens = new TokenCache(store, `wecom:token:${config.corpId}:${config.agentId}`, () => this.fetchToken());
  }

  async send(delivery: Delivery): Promise<void> {
    if (delivery.target.channel !== 'WECOM') throw new SendError('not a WeCom target', false);
    const body = {
      touser: delivery.target.userId,
      agentid: this.config.agentId,
      ...(delivery.format === 'MARKDOWN'
        ? { msgtype: 'markdown', markdown: { content: delivery.text } }
        : { msgtype: 'text', text: { content: delivery.text } }),
      ...duplicateCheck(delivery.inDoubtForMs),
    };
    let token = await this.tokens.get();
    let result = await this.post(token, body);
    if (TOKEN_ERRORS.has(result.errcode ?? 0)) {
      await this.tokens.invalidate(token);
      token = await this.tokens.get();
      result = await this.post(token, body);
    }
    if (result.errcode) {
      throw new SendError(
        `WeCom errcode ${result.errcode}: ${result.errmsg ?? ''}`,
        RETRYABLE_ERRORS.has(result.errcode),
      );
    }
  }

  /** https://developer.work.weixin.qq.com/document/path/90236 */
  private async post(token: string, body: object): Promise<WecomResponse> {
    try {
      const { data } = await this.http.post<WecomResponse>('/cgi-bin/message/send', body, {
        params: { access_token: token },
      });
      return data;
    } catch (error) {
      throw new SendError(`WeCom message/send failed: ${(error as Error).message}`, true, mayHaveArrived(error));
    }
  }

  /** https://developer.work.weixin.qq.com/document/path/91039 */
  private async fetchToken() {
    const { data } = await this.http.get<WecomResponse>('/cgi-bin/gettoken', {
      params: { corpid: this.config.corpId, corpsecret: this.config.secret },
    });
    if (data.errcode || !data.access_token) {
      throw new SendError(`WeCom gettoken errcode ${data.errcode}: ${data.errmsg ?? ''}`, true);
    }
    return { token: data.access_token, expiresInSeconds: data.expires_in ?? 7200 };
  }
}
