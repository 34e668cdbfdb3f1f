import { z } from 'zod';

/** DingTalk enterprise internal robot (企业内部机器人, HTTP mode): all set, or none (channel off). */
export const dingtalkEnv = {
  DINGTALK_APP_KEY: z.string().min(1).optional(),
  DINGTALK_APP_SECRET: z.string().min(1).optional(),
  DINGTALK_ROBOT_CODE: z.string().min(1).optional(),
  DINGTALK_API_BASE: z.string().url().default('https://api.dingtalk.com'),
  DINGTALK_OAPI_BASE: z.string().url().default('https://oapi.dingtalk.com'),
};

export interface DingtalkConfig {
  appKey: string;
  appSecret: string;
  robotCode: string;
  apiBase: string;
  oapiBase: string;
}
