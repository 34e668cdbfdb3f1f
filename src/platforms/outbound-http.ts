import axios, { type AxiosInstance, type CreateAxiosDefaults } from 'axios';

/**
 * The one way the service calls another server (WeCom, DingTalk, group robots, an LLM). Redirects are never followed:
 * none of these APIs redirects, and a followed redirect would carry the request's access token, signature or message
 * to whichever host the redirect names. A 3xx is an error like any other refusal.
 */
export function outboundHttp(defaults: CreateAxiosDefaults = {}): AxiosInstance {
  return axios.create({ timeout: 10_000, ...defaults, maxRedirects: 0 });
}
