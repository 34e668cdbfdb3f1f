import { z } from 'zod';

/** WeCom self-built app (企业微信自建应用): all set, or none (channel off). */
export const wecomEnv = {
  WECOM_CORP_ID: z.string().min(1).optional(),
  WECOM_AGENT_ID: z.coerce.number({ error: 'must be the numeric AgentId' }).int().positive().optional(),
  WECOM_SECRET: z.string().min(1).optional(),
  WECOM_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9]{1,32}$/, 'must be the Token from the console: letters and digits, at most 32')
    .optional(),
  WECOM_AES_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}$/, 'must be the 43-character EncodingAESKey from the console')
    .optional(),
  WECOM_API_BASE: z.string().url().default('https://qyapi.weixin.qq.com'),
};

export interface WecomConfig {
  corpId: string;
  agentId: number;
  secret: string;
  token: string;
  aesKey: string;
  apiBase: string;
}
