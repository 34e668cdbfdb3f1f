import path from 'node:path';
import cron from 'node-cron';
import { z } from 'zod';
import { AppError, ErrorCode } from '../common/errors.js';
import type { LlmConfig } from '../llm/openai-compatible.js';
import { type DingtalkConfig, dingtalkEnv } from '../platforms/dingtalk/config.js';
import { type GroupRobot, groupRobotSchema } from '../platforms/group-robots.js';
import { type WecomConfig, wecomEnv } from '../platforms/wecom/config.js';

/** Treats an empty variable (common in compose files and CI) as absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : value), schema);

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const postgresUrl = z
  .string()
  .url('must be a URL such as postgresql://user:password@host:5432/database')
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgresql:// or postgres://');

const redisUrl = z
  .string()
  .url('must be a URL such as redis://host:6379')
  .refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://');

const positiveInt = z.coerce
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .positive('must be greater than 0');

const WECOM_VARS = ['WECOM_CORP_ID', 'WECOM_AGENT_ID', 'WECOM_SECRET', 'WECOM_TOKEN', 'WECOM_AES_KEY'] as const;
const DINGTALK_VARS = ['DINGTALK_APP_KEY', 'DINGTALK_APP_SECRET', 'DINGTALK_ROBOT_CODE'] as const;

/** A platform is configured completely or not at all; a partial set is a mistake worth stopping for. */
function allOrNone(vars: readonly string[], platform: string) {
  return (env: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const missing = vars.filter((name) => env[name] === undefined);
    if (missing.length === 0 || missing.length === vars.length) return;
    for (const name of missing) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `is required to turn on ${platform} (the other ${platform} variables are set)`,
      });
    }
  };
}

const emptyAsUnset = (shape: Record<string, z.ZodType>) =>
  Object.fromEntries(
    Object.entries(shape).map(([name, schema]) => [name, z.preprocess((v) => (v === '' ? undefined : v), schema)]),
  );

/** A node-cron expression (5 or 6 fields), read in Asia/Shanghai; not at :00 or :30, which the platforms advise against. */
const cronExpression = z
  .string()
  .refine((value) => cron.validate(value), 'must be a cron expression such as "10 9 * * 1"')
  .refine((value) => {
    const fields = value.trim().split(/\s+/);
    const minute = fields.length === 6 ? fields[1] : fields[0];
    return minute !== '0' && minute !== '30' && minute !== '00';
  }, 'must not fire at :00 or :30 (the platforms throttle pushes then); pick a minute such as 10');

export const DEFAULT_SCHEDULES = {
  quota: '10 9 * * 1',
  digest: '20 9 * * *',
  'assignment-expiry': '40 9 * * *',
  'feedback-overdue': '10 10 * * *',
  calendar: '50 9 * * *',
} as const;

export const envSchema = z.object({
  REMINDER_QUOTA_CRON: withDefault(cronExpression, DEFAULT_SCHEDULES.quota),
  REMINDER_DIGEST_CRON: withDefault(cronExpression, DEFAULT_SCHEDULES.digest),
  REMINDER_EXPIRY_CRON: withDefault(cronExpression, DEFAULT_SCHEDULES['assignment-expiry']),
  REMINDER_FEEDBACK_OVERDUE_CRON: withDefault(cronExpression, DEFAULT_SCHEDULES['feedback-overdue']),
  REMINDER_CALENDAR_CRON: withDefault(cronExpression, DEFAULT_SCHEDULES.calendar),
  SCHEDULER_ENABLED: withDefault(flag, 'true'),
  PORT: withDefault(z.coerce.number({ error: 'must be a port number from 0 to 65535' }).int().min(0).max(65_535), 3000),
  HOST: withDefault(z.string(), '0.0.0.0'),
  DATABASE_URL: optional(postgresUrl),
  DATA_DIR: withDefault(z.string(), './data'),
  REDIS_URL: optional(redisUrl),
  REDIS_KEY_PREFIX: withDefault(z.string().regex(/^[\w:.-]*$/, 'may only hold letters, digits and : . _ -'), 'kjtpy:'),
  ADMIN_TOKEN: optional(z.string().min(16, 'must be at least 16 characters long (use a random secret)')),
  LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  LOCAL_CHANNEL_ENABLED: optional(flag),
  MAX_BODY_BYTES: withDefault(positiveInt, 1_048_576),
  VISIT_QUOTA_PER_YEAR: withDefault(positiveInt, 5),
  DAY_QUOTA_PER_YEAR: withDefault(positiveInt, 30),
  SHUTDOWN_TIMEOUT_MS: withDefault(positiveInt, 10_000),
  CHAT_MESSAGES_PER_MINUTE: withDefault(positiveInt, 30),
  LLM_BASE_URL: optional(z.string().url('must be the endpoint base URL, e.g. https://llm.example/v1')),
  LLM_API_KEY: optional(z.string().min(1)),
  LLM_MODEL: optional(z.string().min(1)),
  LLM_TIMEOUT_MS: withDefault(positiveInt, 8_000),
  GROUP_ROBOTS: withDefault(
    z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be a JSON array of group robots' });
          return z.NEVER;
        }
      })
      .pipe(z.array(groupRobotSchema)),
    '[]',
  ),
  ...emptyAsUnset(wecomEnv),
  ...emptyAsUnset(dingtalkEnv),
});

const checkedEnvSchema = envSchema
  .superRefine(allOrNone(['LLM_BASE_URL', 'LLM_MODEL'], 'the LLM'))
  .superRefine(allOrNone(WECOM_VARS, 'WeCom'))
  .superRefine(allOrNone(DINGTALK_VARS, 'DingTalk'));

export interface Config {
  http: { port: number; host: string; maxBodyBytes: number; shutdownTimeoutMs: number };
  database: { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string };
  store: { kind: 'redis'; url: string; keyPrefix: string } | { kind: 'memory' };
  adminToken: string | undefined;
  /** Chat messages a minute one account may send before the bot asks them to slow down. */
  chatMessagesPerMinute: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  localChannelEnabled: boolean;
  /** `npm run demo`: serves the demo chat page at / (never set from the environment). */
  demoMode: boolean;
  quota: { visitsPerYear: number; daysPerYear: number };
  /** Cron expressions of the reminder and digest jobs (Asia/Shanghai). */
  schedules: Record<keyof typeof DEFAULT_SCHEDULES, string>;
  /** Whether this instance fires the jobs on schedule (any number may: a lock and dedupe keys keep them once). */
  schedulerEnabled: boolean;
  /** Optional LLM that rewrites policy answers from the retrieved clauses. */
  llm: LlmConfig | undefined;
  /** Group chats of city stations and the regional office that receive digests. */
  groupRobots: GroupRobot[];
  wecom: WecomConfig | undefined;
  dingtalk: DingtalkConfig | undefined;
}

/**
 * Parses the environment once, at start. Every problem is reported, each naming its variable, so an operator
 * can fix them all in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = checkedEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      const raw = env[name];
      const shown = raw === undefined ? 'not set' : `got "${isSecret(name) ? '***' : raw}"`;
      return `  ${name}: ${issue.message} (${shown})`;
    });
    throw new AppError(ErrorCode.Config, `Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data as z.infer<typeof envSchema> & WecomEnv & DingtalkEnv;
  return {
    http: { port: e.PORT, host: e.HOST, maxBodyBytes: e.MAX_BODY_BYTES, shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS },
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'embedded', dataDir: path.resolve(e.DATA_DIR) },
    store: e.REDIS_URL ? { kind: 'redis', url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : { kind: 'memory' },
    adminToken: e.ADMIN_TOKEN,
    chatMessagesPerMinute: e.CHAT_MESSAGES_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    // The local channel trusts the userId it is given: only `npm run demo` turns it on, or an explicit setting.
    localChannelEnabled: e.LOCAL_CHANNEL_ENABLED ?? false,
    demoMode: false,
    quota: { visitsPerYear: e.VISIT_QUOTA_PER_YEAR, daysPerYear: e.DAY_QUOTA_PER_YEAR },
    schedules: {
      quota: e.REMINDER_QUOTA_CRON,
      digest: e.REMINDER_DIGEST_CRON,
      'assignment-expiry': e.REMINDER_EXPIRY_CRON,
      'feedback-overdue': e.REMINDER_FEEDBACK_OVERDUE_CRON,
      calendar: e.REMINDER_CALENDAR_CRON,
    },
    schedulerEnabled: e.SCHEDULER_ENABLED,
    groupRobots: e.GROUP_ROBOTS,
    llm:
      e.LLM_BASE_URL && e.LLM_MODEL
        ? {
            baseUrl: e.LLM_BASE_URL.replace(/\/$/, ''),
            apiKey: e.LLM_API_KEY,
            model: e.LLM_MODEL,
            timeoutMs: e.LLM_TIMEOUT_MS,
          }
        : undefined,
    wecom:
      e.WECOM_CORP_ID && e.WECOM_AGENT_ID && e.WECOM_SECRET && e.WECOM_TOKEN && e.WECOM_AES_KEY
        ? {
            corpId: e.WECOM_CORP_ID,
            agentId: e.WECOM_AGENT_ID,
            secret: e.WECOM_SECRET,
            token: e.WECOM_TOKEN,
            aesKey: e.WECOM_AES_KEY,
            apiBase: e.WECOM_API_BASE.replace(/\/$/, ''),
          }
        : undefined,
    dingtalk:
      e.DINGTALK_APP_KEY && e.DINGTALK_APP_SECRET && e.DINGTALK_ROBOT_CODE
        ? {
            appKey: e.DINGTALK_APP_KEY,
            appSecret: e.DINGTALK_APP_SECRET,
            robotCode: e.DINGTALK_ROBOT_CODE,
            apiBase: e.DINGTALK_API_BASE.replace(/\/$/, ''),
            oapiBase: e.DINGTALK_OAPI_BASE.replace(/\/$/, ''),
          }
        : undefined,
  };
}

type WecomEnv = z.infer<z.ZodObject<typeof wecomEnv>>;
type DingtalkEnv = z.infer<z.ZodObject<typeof dingtalkEnv>>;

function isSecret(name: string): boolean {
  return /TOKEN|SECRET|PASSWORD|KEY$|_URL$/.test(name) && name !== 'REDIS_KEY_PREFIX';
}

/** For entry points: the configuration, or the reason it is refused on stderr and exit code 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
