import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 陈思远 (chen.siyuan) serves 龙城齿轮, whose contact is 孙建立 (sun.jianli); the test clock starts on 2026-11-24.
describe('an enterprise naming the records it objects to and saying the rest are right', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const status = async (summary: string) => (await db().visit.findFirstOrThrow({ where: { summary } })).status;
  const work = ['调试淬火炉', '对接中科院金属所', '讲加计扣除政策', '测齿轮精度', '改夹具'];

  it('objects to the one named (「20号那个…没有这回事 其他都对」) and confirms the others, only on 是', async () => {
    const reports = [
      '11月19号在龙城齿轮调试淬火炉 一天 技术攻关',
      '11月20号在龙城齿轮对接中科院金属所 半天 资源对接',
      '11月21号在龙城齿轮讲加计扣除政策 一天',
    ];
    for (const report of reports) expect(await say('chen.siyuan', report)).toContain('已记录服务');
    expect(await say('sun.jianli', '待确认')).toContain('有3条服务记录待确认');
    const asked = await say('sun.jianli', '20号那个中科院对接的没有这回事 其他都对');
    expect(asked).toMatch(/对接中科院金属所\n\s*→ 有异议/);
    expect(asked).toMatch(/调试淬火炉\n\s*→ 属实/);
    expect(asked).toMatch(/讲加计扣除政策\n\s*→ 属实/);
    // Nothing is settled before 是; the record objected to was confirmed before.
    for (const summary of work.slice(0, 3)) expect(await status(summary)).toBe('REPORTED');
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    expect(await status('对接中科院金属所')).toBe('DISPUTED');
    expect(await status('调试淬火炉')).toBe('CONFIRMED');
    expect(await status('讲加计扣除政策')).toBe('CONFIRMED');
  });

  it('reads 「1234都确认 5有异议 那天没来」 record by record, never all confirmed', async () => {
    const reports = [
      '11月10号在龙城齿轮测齿轮精度 一天 技术攻关',
      '11月11号在龙城齿轮改夹具 一天 技术攻关',
      '11月12号在龙城齿轮校主轴 一天 技术攻关',
      '11月13号在龙城齿轮修砂轮 一天 技术攻关',
      '11月16号在龙城齿轮换导轨 一天 技术攻关',
    ];
    for (const report of reports) expect(await say('chen.siyuan', report)).toContain('已记录服务');
    const list = await say('sun.jianli', '待确认');
    const numberOf = (summary: string) => new RegExp(`(\\d+)\\. [^\\n]*${summary}`).exec(list)?.[1];
    expect(numberOf('换导轨')).toBe('5');
    const asked = await say('sun.jianli', '1234都确认 5有异议 那天没来');
    expect(asked).toMatch(/换导轨\n\s*→ 有异议/);
    expect(asked.match(/→ 属实/g)).toHaveLength(4);
    expect(await say('sun.jianli', '是')).toContain('已确认4条服务记录');
    expect(await status('换导轨')).toBe('DISPUTED');
    for (const summary of ['测齿轮精度', '改夹具', '校主轴', '修砂轮']) expect(await status(summary)).toBe('CONFIRMED');
  });
});
