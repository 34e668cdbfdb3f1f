import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 赵敏 (zhao.min) serves 蓝湾食品, whose contact is 蓝天 (lan.tian). The test clock starts on 2026-11-24.
describe('a record the specialist changes after the enterprise was shown it', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const visit = (summary: string) => service().database.prisma.visit.findFirstOrThrow({ where: { summary } });

  it('is shown again as changed on 「确认 1」, and confirmed only once seen', async () => {
    expect(await say('zhao.min', '11月16日在蓝湾食品技术攻关半天，调试灌装线')).toContain('已记录服务');
    expect(await say('lan.tian', '待确认')).toContain('技术攻关 0.5天（赵敏）：调试灌装线');
    expect(await say('zhao.min', '修改 天数 1天')).toContain('已修改服务记录');
    const again = await say('lan.tian', '确认 1');
    expect(again).toContain('技术攻关 1天（赵敏）：调试灌装线');
    expect(again).toContain('被科技特派员修改过');
    expect((await visit('调试灌装线')).status).toBe('REPORTED');
    expect(await say('lan.tian', '确认 1')).toContain('已确认1条');
    expect((await visit('调试灌装线')).status).toBe('CONFIRMED');
  });

  it('confirms nothing on 「全部确认」 while one of them was changed since, and each once seen', async () => {
    expect(await say('zhao.min', '11月17日在蓝湾食品政策宣讲半天，讲高企政策')).toContain('已记录服务');
    expect(await say('zhao.min', '11月18日在蓝湾食品技术攻关1天，调试封口机')).toContain('已记录服务');
    expect(await say('lan.tian', '待确认')).toContain('技术攻关 1天（赵敏）：调试封口机');
    // The latest report (调试封口机) is the one changed.
    expect(await say('zhao.min', '修改 类型 典型示范')).toContain('已修改服务记录');
    expect(await say('lan.tian', '全部确认')).toContain('被科技特派员修改过');
    expect((await visit('调试封口机')).status).toBe('REPORTED');
    expect((await visit('讲高企政策')).status).toBe('REPORTED');
    expect(await say('lan.tian', '全部确认')).toContain('已确认2条');
    expect((await visit('调试封口机')).type).toBe('DEMONSTRATION');
    expect((await visit('调试封口机')).status).toBe('CONFIRMED');
    expect((await visit('讲高企政策')).status).toBe('CONFIRMED');
  });
});
