import { describe, expect, it } from 'vitest';
import { withFullTicketNumbers } from '../../../src/bot/text.js';

describe('a ticket number said without its year', () => {
  it('is this year’s ticket, written out in full', () => {
    expect(withFullTicketNumbers('FK0003怎么样了', 2026)).toBe('FK-2026-0003怎么样了');
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
