import { describe, expect, it } from 'vitest';
import { fragmentOf } from '../../../src/bot/visit-reading.js';
import type { LocalDate } from '../../../src/common/local-date.js';

const today = '2026-12-03' as LocalDate;

describe('a days, kind or date phrase said alone', () => {
  it('reads days with their decimal point, a kind by its name, a day as the date it means', () => {
    expect(fragmentOf('0.5天', today)).toEqual({ field: 'days', value: '0.5天' });
    expect(fragmentOf('1.5天。', today)).toEqual({ field: 'days', value: '1.5天' });
    expect(fragmentOf('半天吧', today)).toEqual({ field: 'days', value: '半天' });
    expect(fragmentOf('攻关', today)).toEqual({ field: 'type', value: '技术攻关' });
    expect(fragmentOf('昨天', today)).toEqual({ field: 'date', value: '2026-12-02' });
    // 「5日」 is a day of the month, not five days.
    expect(fragmentOf('1日', today)).toEqual({ field: 'date', value: '2026-12-01' });
  });

  it('takes nothing longer or asked as a question for a fragment', () => {
    expect(fragmentOf('半天怎么算', today)).toBeNull();
    expect(fragmentOf('今天在龙城齿轮技术攻关1天', today)).toBeNull();
    expect(fragmentOf('明天', today)).toBeNull();
    expect(fragmentOf('你好', today)).toBeNull();
  });
});
