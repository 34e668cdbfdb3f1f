import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/common/local-date.js';
import { dayGiven, dayMeant, findDates, soonToCome } from '../../../src/domain/visits/report-dates.js';
import { daysOneAfterAnother, readReport } from '../../../src/domain/visits/report-reading.js';

const window = { startDate: '2025-06-01' as LocalDate, endDate: '2027-05-31' as LocalDate };
const posting = {
  assignmentId: 'A-1',
  enterpriseId: 'E-1',
  enterpriseName: '贺州石韵新材料有限公司',
  shortName: '石韵新材',
  ...window,
};
const read = (text: string, today: string) => {
  const [first] = findDates(text, today as LocalDate, [window]);
  return first ? { kind: first.kind, value: first.value, lastYear: first.lastYear ?? false } : null;
};
const report = (text: string, today: string) => {
  const reading = readReport(text, today as LocalDate, [posting]);
  return { date: reading.date, lastYear: reading.lastYear, refusal: reading.refusal };
};

describe('two weekdays with the week said once', () => {
  it('reads 「上周四周五」 and 「上周四、周五」 as last week’s two days, also on a Friday', () => {
    for (const text of ['上周四周五在石韵新材技术攻关', '上周四、周五在石韵新材技术攻关', '上周四和周五在石韵新材'])
      expect(findDates(text, '2026-12-04' as LocalDate, [window])[0], text).toMatchObject({
        value: '2026-11-26',
        span: 2,
      });
    // Days apart are two days, not a stay over the days between.
    expect(findDates('上周二、周四在石韵新材', '2026-12-04' as LocalDate, [window])[0]).toMatchObject({
      value: '2026-11-24',
    });
    expect(findDates('上周二、周四在石韵新材', '2026-12-04' as LocalDate, [window])[0]?.span).toBeUndefined();
    // 「周一和周三」, 「大前天和昨天」 list two days: no stay over the day between (「到」 spans it).
    const listed = findDates('周一和周三都在石韵新材 各干了一天', '2026-12-04' as LocalDate, [window]);
    expect(listed.map((d) => [d.value, d.span])).toEqual([
      ['2026-11-30', undefined],
      ['2026-12-02', undefined],
    ]);
    expect(findDates('大前天和昨天在石韵新材', '2026-12-04' as LocalDate, [window])[0]?.span).toBeUndefined();
    expect(findDates('周一到周三在石韵新材', '2026-12-04' as LocalDate, [window])[0]).toMatchObject({
      value: '2026-11-30',
      span: 3,
    });
  });
});

describe('a week said once for the weekdays after it', () => {
  const days = (text: string) =>
    findDates(text, '2026-11-27' as LocalDate, [window])
      .filter((d) => d.value !== null)
      .map((d) => [d.text.trim(), d.value, d.span ?? 1]);

  it('gives later weekdays of that week, not of this one (a Friday)', () => {
    expect(days('上周去了两次石韵新材 周一和周四 各一天')).toEqual([
      ['周一', '2026-11-16', 1],
      ['周四', '2026-11-19', 1],
    ]);
    expect(days('上周二去的贺州，周三周四两天在石韵新材')).toEqual([
      ['上周二', '2026-11-17', 1],
      ['周三周四', '2026-11-18', 2],
    ]);
    expect(days('上周的周二去了 周四也去了')).toEqual([
      ['上周的周二', '2026-11-17', 1],
      ['周四', '2026-11-19', 1],
    ]);
  });

  it('leaves an earlier weekday, and one after another day said, to the most recent week', () => {
    // 「上周五去了，周一又去了」: Monday comes after last Friday, so it is this week's.
    expect(days('上周五去了石韵新材，周一又去了')).toEqual([
      ['上周五', '2026-11-20', 1],
      ['周一', '2026-11-23', 1],
    ]);
    expect(days('上周二去了石韵新材，昨天又去了，周三也去了').map((d) => d[1])).toEqual([
      '2026-11-17',
      '2026-11-26',
      '2026-11-25',
    ]);
    expect(days('周三周四在石韵新材')).toEqual([['周三周四', '2026-11-25', 2]]);
  });
});

describe('a time too vague to be a day', () => {
  it('reads 「前两天」, 「这几天」 as no day, to be asked, and never as two days of service', () => {
    for (const text of ['前两天在石韵新材帮他们弄冷库温控', '这几天在石韵新材', '前些天去石韵新材'])
      expect(findDates(text, '2026-12-04' as LocalDate, [window])[0], text).toMatchObject({
        kind: 'vague',
        value: null,
      });
  });
});

describe('a month and day without a year', () => {
  it('is this year’s once it has come', () => {
    expect(read('12月1号在石韵新材', '2026-12-03')).toEqual({ kind: 'past', value: '2026-12-01', lastYear: false });
  });

  it('is last year’s when that lies in the posting, else it cannot be placed', () => {
    expect(read('12月28日在石韵新材', '2027-01-05')).toEqual({ kind: 'past', value: '2026-12-28', lastYear: true });
    // Last year's 12月20日 is before the posting began: the bot asks.
    expect(read('12月20日在石韵新材', '2025-07-01')?.kind).toBe('vague');
  });
});

describe('a report of a month and day soon to come', () => {
  it('is a day still to come, refused, or asked when the words say the service is done', () => {
    expect(report('12月5号去石韵新材 技术攻关1天', '2026-12-03')).toEqual({
      date: '2026-12-05',
      lastYear: false,
      refusal: 'future',
    });
    expect(report('12月31日在石韵新材战略规划一天', '2026-12-03').refusal).toBe('future');
    // 「讲了」: done, so a slip or last year's: neither is taken, the day is asked.
    expect(report('12月18号去石韵新材讲了一次加计扣除政策，半天', '2026-12-03')).toEqual({
      date: null,
      lastYear: false,
      refusal: null,
    });
  });

  it('is last year’s when this year’s is months away', () => {
    expect(report('12月28日在石韵新材技术攻关1天', '2027-01-05')).toEqual({
      date: '2026-12-28',
      lastYear: true,
      refusal: null,
    });
  });
});

describe('words left in the activity', () => {
  it('takes 「上个月底」 and 「小半天」 out whole', () => {
    expect(readReport('上个月底在石韵新材冷库改造', '2026-12-03' as LocalDate, [posting]).summary).toBe('冷库改造');
    expect(readReport('昨天石韵新材技术攻关小半天 发酵罐调试', '2026-12-03' as LocalDate, [posting]).summary).toBe(
      '发酵罐调试',
    );
  });
});

describe('a range of days given fewer days than it spans', () => {
  const told = (text: string) =>
    daysOneAfterAnother(text, '2026-12-03' as LocalDate, [posting]).map((day) => [day.date, day.days]);

  it('tells each day apart, with its share when the words give it', () => {
    expect(told('前天和昨天两个半天在石韵新材调试设备')).toEqual([
      ['2026-12-01', 0.5],
      ['2026-12-02', 0.5],
    ]);
    expect(told('前天和昨天在石韵新材调试设备，各半天')).toEqual([
      ['2026-12-01', 0.5],
      ['2026-12-02', 0.5],
    ]);
  });

  it('leaves a range with as many days as it spans to be one stay', () => {
    expect(told('前天和昨天在石韵新材调试设备两天')).toEqual([]);
    expect(told('11月30日到12月2日在石韵新材调试设备')).toEqual([]);
  });
});

describe('a month and day read as last year’s but soon to come this year', () => {
  it('is this year’s day to come, and no day that has come', () => {
    const [reading] = findDates('12月20日', '2026-12-03' as LocalDate, [window]);
    expect(reading && soonToCome(reading, '2026-12-03' as LocalDate)).toBe('2026-12-20');
    expect(dayGiven('12月20日', '2026-12-03' as LocalDate, [window])).toBeNull();
    expect(dayGiven('12月28日', '2027-01-05' as LocalDate, [window])).toBe('2026-12-28');
  });
});

describe('a date and the weekday said with it', () => {
  const said = (text: string) => {
    const found = findDates(text, '2026-11-24' as LocalDate);
    return found.map((f) => ({ kind: f.kind, value: f.value, text: f.text, mismatch: f.mismatch ?? null }));
  };

  it('is one day when they agree, in either order and with brackets or a comma between', () => {
    for (const text of ['11月18日周三', '11月18日（周三）', '18号 星期三', '周三，11.18', '上周三11月18号']) {
      const [only, ...rest] = said(`${text}去石韵新材`);
      expect(rest, text).toEqual([]);
      expect(only, text).toMatchObject({ kind: 'past', value: '2026-11-18', text, mismatch: null });
    }
  });

  it('is no day when they do not agree, and says what each gives', () => {
    // 11月19日 is a Thursday; last week's Wednesday is the 18th.
    for (const text of ['11月19日周三', '上周三 11月19号', '19号(礼拜三)']) {
      expect(said(`${text}去石韵新材`), text).toEqual([
        { kind: 'vague', value: null, text, mismatch: { day: '2026-11-19', weekday: '三' } },
      ]);
    }
  });

  it('leaves two weekdays or two dates listed together as two days', () => {
    expect(said('上周三、上周四去石韵新材').map((f) => f.value)).toEqual(['2026-11-18', '2026-11-19']);
    expect(said('11月18日和11月19日去石韵新材').map((f) => f.value)).toEqual(['2026-11-18', '2026-11-19']);
  });
});

describe('the day meant of two named', () => {
  const today = '2026-11-24' as LocalDate;
  it('takes the day said to be it, never the one denied with 不是', () => {
    expect(dayMeant('不是昨天 是上周四 一天', today)).toBe('2026-11-19');
    expect(dayMeant('昨天我在学校上课，去企业是前天', today)).toBe('2026-11-22');
    expect(dayMeant('上周四或者上周五', today)).toBeNull();
  });

  it('reads a report that denies one of its days by the other', () => {
    expect(readReport('不是昨天 是上周四在石韵新材调试设备一天', today, [posting]).date).toBe('2026-11-19');
  });
});

describe('a part of this month', () => {
  it('is still to come before it begins, and too vague to be a day once it has', () => {
    const kind = (text: string, today: string) => findDates(text, today as LocalDate)[0]?.kind;
    expect(kind('这个月中旬去龙城齿轮调试设备', '2026-12-05')).toBe('future');
    expect(kind('月底去龙城齿轮', '2026-11-10')).toBe('future');
    expect(kind('这个月中旬去龙城齿轮调试设备', '2026-11-24')).toBe('vague');
    expect(kind('上个月底去了龙城齿轮', '2026-11-10')).toBe('vague');
    expect(kind('下个礼拜去龙城齿轮', '2026-11-10')).toBe('future');
    expect(kind('过两天去龙城齿轮', '2026-11-10')).toBe('future');
    // The end of a month named is that month's, not this one's still to come.
    expect(kind('11月底那会去的', '2026-12-05')).not.toBe('future');
  });
});

describe('a week said apart from its day', () => {
  // Saturday 5 December 2026.
  const day = (text: string) => findDates(text, '2026-12-05' as LocalDate)[0]?.value;
  it('reads the week that qualifies the day, not this week’s day', () => {
    for (const text of ['上周的周五在龙城齿轮', '上周 周五去的', '上周，周五去的', '前个礼拜五去的', '前一个周五'])
      expect(day(text), text).toBe('2026-11-27');
    expect(day('上礼拜的礼拜四')).toBe('2026-11-26');
    expect(day('两周前的周三')).toBe('2026-11-18');
  });

  it('reads 大大前天 and a date said to be last year’s', () => {
    expect(day('大大前天')).toBe('2026-12-01');
    expect(day('去年12月3号在龙城齿轮')).toBe('2025-12-03');
    expect(day('去年11月20号')).toBe('2025-11-20');
  });
});

describe('the month before last', () => {
  it('reads 「上上个月20号」 as two months back, never as last month, across the year too', () => {
    expect(read('上上个月20号在石韵新材技术攻关一天', '2026-12-05')).toMatchObject({
      kind: 'past',
      value: '2026-10-20',
    });
    expect(read('上上月8号去的', '2026-12-05')).toMatchObject({ value: '2026-10-08' });
    expect(read('上上个月8号', '2026-01-10')).toMatchObject({ value: '2025-11-08' });
    expect(findDates('上上个月8号到9号在石韵新材', '2026-12-05' as LocalDate, [window])[0]).toMatchObject({
      value: '2026-10-08',
      span: 2,
    });
    expect(read('上个月20号', '2026-12-05')).toMatchObject({ value: '2026-11-20' });
    // No day said: vague, asked for, never a day of last month.
    expect(read('上上个月底去的石韵新材', '2026-12-05')).toMatchObject({ kind: 'vague', value: null });
  });
});
