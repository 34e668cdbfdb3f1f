import { Router } from '@koa/router';
import { z } from 'zod';
import type { InboundProcessor } from '../../bot/inbound-processor.js';
import type { Clock } from '../../common/clock.js';
import { AppError, ErrorCode } from '../../common/errors.js';
import type { WecomConfig } from '../../platforms/wecom/config.js';
import { aesKeyFrom, decrypt, isValidSignature, WecomCryptoError } from '../../platforms/wecom/crypto.js';
import { decodeWecomMessage, MalformedXmlError, parseWecomXml } from '../../platforms/wecom/decode.js';
import { parseWith, readText } from '../body.js';
import type { AppContext, AppState } from '../context.js';

/** WeCom retries within seconds; a signed request older than this is a replay. */
const MAX_AGE_SECONDS = 600;

const signedQuery = z.object({
  msg_signature: z.string().regex(/^[0-9a-fA-F]{40}$/),
  timestamp: z.string().regex(/^\d{1,12}$/),
  nonce: z.string().min(1).max(64),
});

/**
 * The WeCom self-built app callback (接收消息与事件). GET answers the URL check; POST acknowledges at once with
 * an empty 200 once the message is stored, and the answer follows through message/send.
 */
export function wecomRoutes(deps: {
  config: WecomConfig;
  processor: InboundProcessor;
  clock: Clock;
  maxBodyBytes: number;
}): Router<AppState> {
  const { config, processor, clock } = deps;
  const key = aesKeyFrom(config.aesKey);
  const router = new Router<AppState>();

  /** Checks signature and age, decrypts, and makes sure the message is for this corp. */
  function open(ctx: AppContext, encrypted: string): string {
    const query = parseWith(signedQuery, ctx.query, 'query');
    if (!isValidSignature(query.msg_signature, config.token, query.timestamp, query.nonce, encrypted)) {
      throw new AppError(ErrorCode.Unauthorized, 'Invalid msg_signature');
    }
    if (Math.abs(clock.now().getTime() / 1000 - Number(query.timestamp)) > MAX_AGE_SECONDS) {
      throw new AppError(ErrorCode.Forbidden, 'Stale request');
    }
    let opened: { message: string; receiveId: string };
    try {
      opened = decrypt(key, encrypted);
    } catch (error) {
      throw new AppError(ErrorCode.BadRequest, 'Undecryptable payload', { cause: error });
    }
    if (opened.receiveId !== config.corpId) throw new AppError(ErrorCode.Forbidden, 'Message is for another corp');
    return opened.message;
  }

  router.get('/wecom/callback', (ctx) => {
    const echostr = typeof ctx.query.echostr === 'string' ? ctx.query.echostr : '';
    if (!echostr) throw new AppError(ErrorCode.BadRequest, 'echostr is required');
    ctx.type = 'text/plain';
    ctx.body = open(ctx, echostr);
  });

  router.post('/wecom/callback', async (ctx) => {
    const raw = await readText(ctx, deps.maxBodyBytes);
    const message = xml(() => {
      const envelope = parseWecomXml(raw);
      if (!envelope.Encrypt) throw new MalformedXmlError('no Encrypt element');
      return decodeWecomMessage(parseWecomXml(open(ctx, envelope.Encrypt)), clock.now());
    });
    const accepted = await processor.accept(message);
    ctx.status = 200;
    ctx.body = '';
    if (accepted) processor.schedule(accepted.id);
  });

  return router;
}

function xml<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof MalformedXmlError || error instanceof WecomCryptoError) {
      throw new AppError(ErrorCode.BadRequest, 'Malformed XML', { cause: error });
    }
    throw error;
  }
}
