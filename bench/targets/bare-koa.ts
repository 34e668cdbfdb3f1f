// The baseline of `npm run bench`, in a process of its own: a bare Koa handler doing only what the service does
// before it can acknowledge a WeCom callback (read the body, check the signature, decrypt, parse the XML), nothing
// else. It tells the load generator its address over the IPC channel and runs until told to stop.
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import getRawBody from 'raw-body';
import { systemClock } from '../../src/common/clock.js';
import { aesKeyFrom, decrypt, isValidSignature } from '../../src/platforms/wecom/crypto.js';
import { decodeWecomMessage, parseWecomXml } from '../../src/platforms/wecom/decode.js';
import { BENCH_WECOM } from './wecom-settings.js';

/** CPU time this process has used (user and system), in microseconds. */
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

const key = aesKeyFrom(BENCH_WECOM.aesKey);
const app = new Koa();
app.use(async (ctx) => {
  const raw = await getRawBody(ctx.req, { limit: 1_048_576, encoding: 'utf8' });
  const encrypted = parseWecomXml(raw).Encrypt ?? '';
  const { msg_signature, timestamp, nonce } = ctx.query as Record<string, string>;
  if (!isValidSignature(msg_signature ?? '', BENCH_WECOM.token, timestamp ?? '', nonce ?? '', encrypted))
    ctx.throw(401);
  decodeWecomMessage(parseWecomXml(decrypt(key, encrypted).message), systemClock.now());
  ctx.status = 200;
  ctx.body = '';
});
const server = app.listen(0, '127.0.0.1');
server.once('listening', () => {
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') process.send?.({ type: 'stats', cpuMicros: cpuMicros() });
  if (message.type === 'stop') server.close(() => process.exit(0));
});
