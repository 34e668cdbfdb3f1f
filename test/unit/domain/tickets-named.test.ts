import { describe, expect, it } from 'vitest';
import { ticketsNamed } from '../../../src/domain/feedback/tickets-named.js';

const ticket = (ticketNo: string, enterpriseName: string, text: string) => ({ ticketNo, enterpriseName, text });
const open = [
  ticket('FK-2026-0028', '蓝湾食品', '海洋捕捞渔船的燃油补贴申报系统一直登不上'),
  ticket('FK-2026-0019', '蓝湾食品', '高新技术企业认定材料被退回'),
  ticket('FK-2026-0007', '蓝湾食品', '海洋捕捞渔船的柴油补贴今年怎么发放？'),
  ticket('FK-2026-0003', '龙城齿轮', '研发费用加计扣除备案办不下来'),
];
const named = (message: string) => ticketsNamed(open, message).map((t) => t.ticketNo);

describe('which tickets a message names by what they are about', () => {
  it('keeps the ticket whose words the message shares most', () => {
    expect(named('燃油补贴那个反馈撤回吧，已经能登上了')).toEqual(['FK-2026-0028']);
    expect(named('高企认定材料那个不要了')).toEqual(['FK-2026-0019']);
    expect(named('龙城齿轮那条加计扣除的上报工作办')).toEqual(['FK-2026-0003']);
  });

  it('keeps all when the words name none more than the others, or name too little', () => {
    expect(named('那个反馈我不要了，撤回吧')).toHaveLength(4);
    expect(named('撤回吧，已经办下来了')).toHaveLength(4);
  });

  it('keeps the tickets tied for most', () => {
    expect(named('渔船补贴那个撤回')).toEqual(['FK-2026-0028', 'FK-2026-0007']);
  });
});
