import { expectedNow, type Pace, timeLeft, type YearTotals } from './quota.js';

/**
 * What a specialist behind pace is told of one posting: done so far against what is owed and expected by now, and what
 * is still missing. Said by the weekly reminder and by an official's 「催一下…的特派员」 alike.
 */
export function paceLines(enterpriseName: string, totals: Pick<YearTotals, 'visits' | 'days'>, pace: Pace): string[] {
  const missing = [
    pace.visitsMissing > 0 ? `${pace.visitsMissing}次走访` : '',
    pace.daysMissing > 0 ? `${pace.daysMissing}天服务` : '',
  ]
    .filter(Boolean)
    .join('、');
  return [
    enterpriseName,
    `本年度已走访 ${totals.visits}/${pace.owed.visits} 次，服务 ${totals.days}/${pace.owed.days} 天${pace.proRated ? '（今年派驻不满一年，按派驻天数折算）' : ''}；${expectedNow(pace)}。`,
    missing ? `距完成年度任务还差${missing}，${timeLeft(pace)}。` : `已达到年度要求，${timeLeft(pace)}。`,
  ];
}

/** How to report, said after a reminder. */
export const HOW_TO_REPORT = '服务后直接发消息报备即可，例如「今天在企业技术攻关1天，……」。';
