import { chineseDateLabel, dateInShanghai, daysBetween, yearOf } from '../../../common/local-date.js';
import { plainInMarkdown } from '../../../common/markdown.js';
import { STATION_AFTER_WORKING_DAYS } from '../../feedback/answer-deadlines.js';
import type { Person } from '../../programme/types.js';
import { expectedNow, type Pace, paceOf } from '../../progress/quota.js';
import {
  TARGET_YEAR,
  type TargetFigures,
  type TargetProgress,
  targetLines,
  targetProgress,
} from '../../progress/targets.js';
import { indexPeople, type JobContext, type Outgoing } from '../job-context.js';
import type { OpenTicket, PostingStatus } from '../reminder-source.js';
import { workingDaysBetween } from '../working-days.js';

export const QUIET_ENTERPRISE_DAYS = 90;

interface CityFigures {
  city: string;
  active: PostingStatus[];
  behind: { posting: PostingStatus; pace: Pace }[];
  quiet: PostingStatus[];
  disputed: { enterpriseName: string; date: string; note: string | null }[];
  open: OpenTicket[];
  overdue: OpenTicket[];
  ratings: number[];
  targets: TargetFigures | null;
}

function figures(city: string, ctx: JobContext, data: Awaited<ReturnType<typeof load>>): CityFigures {
  const { today, quota } = ctx;
  const active = data.postings.filter(
    (p) => p.cityName === city && p.active && p.startDate <= today && p.endDate >= today,
  );
  const behind = active.flatMap((posting) => {
    const pace = paceOf(posting, quota, today, posting);
    return pace.onPace ? [] : [{ posting, pace }];
  });
  const quiet = active.filter((p) => {
    const since = p.lastVisit && p.lastVisit > p.startDate ? p.lastVisit : p.startDate;
    return daysBetween(since, today) >= QUIET_ENTERPRISE_DAYS;
  });
  const open = data.tickets.filter((t) => t.cityName === city);
  return {
    city,
    active,
    behind,
    quiet,
    disputed: data.disputed.filter((d) => d.cityName === city),
    open,
    overdue: open.filter(
      (t) => workingDaysBetween(dateInShanghai(t.waitingSince), today, ctx.calendar) >= STATION_AFTER_WORKING_DAYS,
    ),
    ratings: data.ratings.filter((r) => r.cityName === city).map((r) => r.score),
    targets: data.targets.cities.find((c) => c.city === city) ?? null,
  };
}

const average = (scores: number[]) =>
  scores.length === 0 ? '—' : (scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1);

function cityDigest(f: CityFigures, ctx: JobContext): string {
  const lines = [
    `## ${f.city}科技特派员服务简报 · ${chineseDateLabel(ctx.today)}`,
    `进行中的派驻 ${f.active.length} 个，进度落后 ${f.behind.length} 个。`,
    '',
    `**进度落后的派驻（${f.behind.length}）**`,
    ...(f.behind.length === 0
      ? ['- 无']
      : f.behind.map(
          (b) =>
            `- ${b.posting.enterpriseName}：走访 ${b.posting.visits}/${b.pace.owed.visits} 次，服务 ${b.posting.days}/${b.pace.owed.days} 天（${expectedNow(b.pace)}）`,
        )),
    '',
    `**${QUIET_ENTERPRISE_DAYS}天以上未走访的企业（${f.quiet.length}）**`,
    ...(f.quiet.length === 0
      ? ['- 无']
      : f.quiet.map((p) => `- ${p.enterpriseName}（最近走访：${p.lastVisit ?? '本派驻期内无'}）`)),
    '',
    `**企业有异议的服务记录（${f.disputed.length}）**`,
    ...(f.disputed.length === 0
      ? ['- 无']
      : f.disputed.map((d) => `- ${d.enterpriseName} ${d.date}：${plainInMarkdown(d.note ?? '')}`)),
    '',
    `**政策反馈**：待处理 ${f.open.length} 条，其中超过${STATION_AFTER_WORKING_DAYS}个工作日未答复 ${f.overdue.length} 条`,
    ...f.overdue.map((t) => `- ${t.ticketNo} ${t.enterpriseName}：${plainInMarkdown(t.text.slice(0, 40))}`),
    '',
    `**企业评价**：${f.ratings.length} 家，平均 ${average(f.ratings)} 分`,
    ...(f.targets
      ? [
          '',
          `**成果（截至${TARGET_YEAR}年目标）**：实施项目 ${f.targets.projects} 项（另申报中 ${f.targets.projectsApplied} 项），成果转化 ${f.targets.transfers} 项，建立研发核算 ${f.targets.rdAccounting}/${f.targets.enterprisesServed} 家，有研发活动 ${f.targets.rdActivity}/${f.targets.enterprisesServed} 家`,
        ]
      : []),
  ];
  return lines.join('\n');
}

function regionDigest(all: CityFigures[], ctx: JobContext, targets: TargetProgress): string {
  const row = (f: CityFigures) =>
    `| ${f.city} | ${f.active.length} | ${f.behind.length} | ${f.quiet.length} | ${f.disputed.length} | ${f.open.length} | ${f.overdue.length} | ${average(f.ratings)} |`;
  const sum = (pick: (f: CityFigures) => number) => all.reduce((total, f) => total + pick(f), 0);
  return [
    `## 全区企业科技特派员服务简报 · ${chineseDateLabel(ctx.today)}`,
    '',
    '| 设区市 | 进行中派驻 | 进度落后 | 90天未走访 | 服务异议 | 待处理反馈 | 超期反馈 | 评价均分 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...all.map(row),
    `| 合计 | ${sum((f) => f.active.length)} | ${sum((f) => f.behind.length)} | ${sum((f) => f.quiet.length)} | ${sum((f) => f.disputed.length)} | ${sum((f) => f.open.length)} | ${sum((f) => f.overdue.length)} | ${average(all.flatMap((f) => f.ratings))} |`,
    '',
    `**${TARGET_YEAR}年目标进展**`,
    ...targetLines(targets.region),
  ].join('\n');
}

async function load({ at, today, source }: JobContext) {
  const year = yearOf(today);
  const [postings, disputed, tickets, ratings, people, facts] = await Promise.all([
    source.postings(year, at),
    source.disputedVisits(year),
    source.openTickets(),
    source.ratings(year),
    source.people(),
    source.targetFacts(TARGET_YEAR),
  ]);
  return { postings, disputed, tickets, ratings, people, targets: targetProgress(facts.hosts, facts.outcomes) };
}

const citiesOf = (data: Awaited<ReturnType<typeof load>>) => [...new Set(data.postings.map((p) => p.cityName))].sort();

/**
 * The digest an official asks for in chat (「给我发一下本周的简报」): their city's, or the region's for the office; the
 * same text the scheduled digest sends. Null for anyone else.
 */
export async function digestFor(ctx: JobContext, official: Person): Promise<string | null> {
  if (official.role === 'CITY_OFFICIAL' && official.cityName) {
    const data = await load(ctx);
    return cityDigest(figures(official.cityName, ctx, data), ctx);
  }
  if (official.role !== 'REGION_OFFICIAL') return null;
  const data = await load(ctx);
  return regionDigest(
    citiesOf(data).map((city) => figures(city, ctx, data)),
    ctx,
    data.targets,
  );
}

/** Each city station official gets their city's digest; the regional office the whole region's; robots too. */
export async function digests(ctx: JobContext): Promise<Outgoing[]> {
  const data = await load(ctx);
  const cities = citiesOf(data);
  const byCity = new Map(cities.map((city) => [city, figures(city, ctx, data)]));
  const people = indexPeople(data.people);
  const out: Outgoing[] = [];
  const period = ctx.today;
  for (const city of cities) {
    const f = byCity.get(city);
    if (!f) continue;
    const text = cityDigest(f, ctx);
    for (const official of people.officialsOf(city)) {
      out.push({
        to: 'person',
        recipientId: official.id,
        kind: 'digest',
        format: 'MARKDOWN',
        text,
        dedupeKey: `digest:${period}:${official.id}`,
      });
    }
    out.push({
      to: 'robots',
      scope: city,
      kind: 'digest',
      format: 'MARKDOWN',
      text,
      dedupeKey: `digest:${period}:robot`,
    });
  }
  const region = regionDigest([...byCity.values()], ctx, data.targets);
  for (const official of people.regionOfficials) {
    out.push({
      to: 'person',
      recipientId: official.id,
      kind: 'digest',
      format: 'MARKDOWN',
      text: region,
      dedupeKey: `digest:${period}:${official.id}`,
    });
  }
  out.push({
    to: 'robots',
    scope: 'region',
    kind: 'digest',
    format: 'MARKDOWN',
    text: region,
    dedupeKey: `digest:${period}:robot`,
  });
  return out;
}
