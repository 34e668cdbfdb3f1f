import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustableClock } from '../../src/common/clock.js';
import { projectPath } from '../../src/common/project-paths.js';
import { CLOCK_FIELDS } from '../../src/data/data-context.js';
import { chatWith } from '../support/chat.js';
import { createTestService, type TestService } from '../support/test-service.js';

describe('one clock for the service and its data', () => {
  it('stamps every field the schema defaults to now from the clock', async () => {
    const schema = await readFile(projectPath('prisma', 'schema.prisma'), 'utf8');
    const expected: Record<string, { onCreate: string[]; onUpdate: string[] }> = {};
    for (const [, model = '', body = ''] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
      for (const line of body.split('\n')) {
        const field = /^\s+(\w+)\s+DateTime\??\s.*(@default\(now\(\)\)|@updatedAt)/.exec(line);
        if (!field?.[1]) continue;
        expected[model] ??= { onCreate: [], onUpdate: [] };
        expected[model].onCreate.push(field[1]);
        if (field[2] === '@updatedAt') expected[model].onUpdate.push(field[1]);
      }
    }
    const sorted = (fields: Record<string, { onCreate: string[]; onUpdate: string[] }>) =>
      Object.fromEntries(
        Object.entries(fields).map(([model, f]) => [
          model,
          { onCreate: [...f.onCreate].sort(), onUpdate: [...f.onUpdate].sort() },
        ]),
      );
    expect(sorted(CLOCK_FIELDS)).toEqual(sorted(expected));
  });

  describe('a service whose clock is years away from the machine’s', () => {
    // 15 June 2031, 10:00 in Shanghai: no row or rule may take the machine's date instead.
    const START = '2031-06-15T02:00:00.000Z';
    let service: TestService;
    beforeAll(async () => {
      service = await createTestService({ clock: adjustableClock(START) });
    });
    afterAll(async () => {
      await service?.close();
    });
    const say = chatWith(() => service);
    const db = () => service.database.prisma;
    const nearClock = (date: Date | null | undefined) => {
      expect(date).toBeInstanceOf(Date);
      expect(Math.abs((date as Date).getTime() - service.clock.now().getTime())).toBeLessThan(60_000);
    };

    it('dates the report, the inbound message, the conversation and the outbox by the service clock', async () => {
      const reply = await say('chen.siyuan', '今天在龙城齿轮技术攻关1天，调试淬火炉温控');
      expect(reply).toContain('6月15日');
      const visit = await db().visit.findFirstOrThrow({ where: { summary: { contains: '调试淬火炉温控' } } });
      expect(visit.date.toISOString().slice(0, 10)).toBe('2031-06-15');
      nearClock(visit.createdAt);
      nearClock(visit.updatedAt);
      const inbound = await db().inboundMessage.findFirstOrThrow({ where: { text: { contains: '调试淬火炉温控' } } });
      nearClock(inbound.receivedAt);
      nearClock(inbound.processedAt);
      const notice = await db().outboxMessage.findFirstOrThrow({ where: { kind: 'visit-confirmation' } });
      nearClock(notice.createdAt);
      nearClock(notice.nextAttemptAt);

      expect(await say('chen.siyuan', '昨天在龙城齿轮技术攻关，调了产线')).toContain('天');
      const conversation = await db().conversation.findUniqueOrThrow({ where: { personId: 'P-001' } });
      nearClock(conversation.updatedAt);
    });

    it('numbers feedback by the clock’s year and keeps its reopen window on the clock', async () => {
      const reply = await say('sun.jianli', '反馈：研发费用加计扣除的备案材料在税务窗口一直办不下来');
      expect(reply).toContain('FK-2031-0001');
      await say('liuzhou.station', '回复 FK-2031-0001 已协调');
      service.clock.advance(8 * 24 * 3_600_000);
      expect(await say('sun.jianli', '不满意 FK-2031-0001 还是不行')).toContain('超过7天');
    });

    it('forgets an unanswered question after half an hour of the clock', async () => {
      expect(await say('li.ming', '昨天在漓江光电技术攻关，调了产线')).toContain('天');
      service.clock.advance(31 * 60_000);
      expect(await say('li.ming', '1天')).not.toContain('已记录服务');
    });
  });
});
