import { describe, expect, it } from 'vitest';
import { route } from '../../../src/bot/router.js';
import { senderOf } from '../../../src/bot/routing-eval.js';
import { withFullTicketNumbers } from '../../../src/bot/text.js';
import type { LocalDate } from '../../../src/common/local-date.js';

describe('a ticket number said without its year', () => {
  it('is this year’s ticket, written out in full', () => {
    expect(withFullTicketNumbers('FK0003怎么样了', 2026)).toBe('FK-2026-0003怎么样了');
    // A binding code that starts with FK and a digit is no ticket.
    expect(withFullTicketNumbers('绑定 FK8D8FJC', 2026)).toBe('绑定 FK8D8FJC');
    expect(withFullTicketNumbers('撤回 fk-3 已经办好了', 2027)).toBe('撤回 FK-2027-0003 已经办好了');
    expect(withFullTicketNumbers('补充FK 12：窗口又说不行', 2026)).toBe('补充FK-2026-0012：窗口又说不行');
  });

  it('leaves a number with its year as it is', () => {
    for (const text of ['FK-2025-0003 怎么样了', 'FK20250003', 'fk-2025-3'])
      expect(withFullTicketNumbers(text, 2026)).toBe(text);
  });
});

describe('a ticket named by its number in words', () => {
  it('is this year’s ticket; a day of the month before 反馈了 is no ticket', () => {
    expect(withFullTicketNumbers('关于反馈4号，补充一下', 2026)).toBe('关于FK-2026-0004，补充一下');
    expect(withFullTicketNumbers('第4号反馈怎么样了', 2026)).toBe('FK-2026-0004反馈怎么样了');
    expect(withFullTicketNumbers('我们3号反馈了一个问题', 2026)).toBe('我们3号反馈了一个问题');
  });
});

describe('the words a user types with a short ticket number', () => {
  const routed = (role: 'ENTERPRISE_CONTACT' | 'SPECIALIST', text: string) =>
    route({ message: { kind: 'text', text }, sender: senderOf(role), pending: null, today: '2026-12-03' as LocalDate })
      .decision;

  it('are filed as typed, while the number is read as this year’s ticket', () => {
    expect(routed('ENTERPRISE_CONTACT', '我要反馈：FK3那个问题还是没解决，补贴一直没到账')).toMatchObject({
      command: { name: 'file-feedback', text: 'FK3那个问题还是没解决，补贴一直没到账' },
    });
    expect(routed('ENTERPRISE_CONTACT', 'FK3都一个月了还没人回，太慢了吧')).toMatchObject({
      kind: 'complaint',
      text: 'FK3都一个月了还没人回，太慢了吧',
    });
    expect(routed('ENTERPRISE_CONTACT', '补充FK 12：窗口又说不行，FK 12要重新看')).toMatchObject({
      command: { name: 'supplement-feedback', ticketNo: 'FK-2026-0012', text: '窗口又说不行，FK 12要重新看' },
    });
  });

  it('ask after that ticket when what it was about comes between', () => {
    for (const text of ['反馈4号说的那个事情现在怎么样了', 'FK4的问题目前进展如何', 'FK-2026-0004 那个事现在怎么样了'])
      expect(routed('ENTERPRISE_CONTACT', text), text).toMatchObject({
        command: { name: 'ticket-status', ticketNo: 'FK-2026-0004' },
      });
  });

  it('list one’s feedback when 「4号反馈」 may be a ticket or the day it was given', () => {
    for (const text of ['4号反馈怎么样了', '反馈怎么样了', '那条反馈处理了没？'])
      expect(routed('SPECIALIST', text), text).toMatchObject({ command: { name: 'my-feedback' } });
  });
});

describe('an official acting on a ticket named by what it is about', () => {
  const routed = (text: string) =>
    route({
      message: { kind: 'text', text },
      sender: senderOf('CITY_OFFICIAL'),
      pending: null,
      today: '2026-12-03' as LocalDate,
    }).decision;

  it('reads the action, what it is about and the words for the enterprise, with no number', () => {
    const cases: [string, string, string, string][] = [
      ['加计扣除那个 回复一下企业：下周我们派人上门指导填报', 'reply', '加计扣除那个', '下周我们派人上门指导填报'],
      ['回复龙城齿轮那个：建议下周三来市科技局当面沟通', 'reply', '龙城齿轮', '建议下周三来市科技局当面沟通'],
      ['龙城齿轮那个高企的 先挂处理中', 'progress', '龙城齿轮那个高企的', ''],
      ['高企那个反馈可以关了 已经当面讲清楚了', 'close', '高企那个', '已经当面讲清楚了'],
      ['0001那个我们在跟南宁市科技局对接了 先标处理中', 'progress', '0001那个', '我们在跟南宁市科技局对接了'],
    ];
    for (const [text, action, about, words] of cases)
      expect(routed(text), text).toMatchObject({
        kind: 'command',
        command: { name: 'act-on-feedback', action, ticketNo: null, text: words, about },
      });
  });

  it('takes no question about a ticket or a posting for an action on it', () => {
    for (const text of ['龙城齿轮那个反馈处理得怎么样了', '加计扣除那个政策怎么申报', '龙城齿轮那个项目进展如何'])
      expect(routed(text), text).not.toMatchObject({ command: { name: 'act-on-feedback' } });
  });
});
