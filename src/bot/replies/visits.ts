import {
  addDays,
  chineseDayLabel,
  chinesePeriodLabel,
  chineseDateLabel as dateLabel,
  daysBetween,
  type LocalDate,
  weekdayCharacter,
  yearOf,
} from '../../common/local-date.js';
import { clip } from '../../common/text-chunks.js';
import { VISIT_TYPE_LABELS, VISIT_TYPES, type VisitStatus, type VisitType } from '../../domain/programme/types.js';
import { expectedNow, type Pace, type Quota, timeLeft } from '../../domain/progress/quota.js';
import type { DayRun } from '../../domain/visits/day-rules.js';
import { weekOfMonthIn } from '../../domain/visits/report-dates.js';
import type { DayTold, HalfDayTold, PlaceOnDay } from '../../domain/visits/report-reading.js';
import type { SettleRefusal } from '../../domain/visits/visit-confirmation.js';
import {
  type PostedPeople,
  type Posting,
  postingName,
  type RecordedVisit,
  type StoredVisit,
} from '../../domain/visits/visit-ledger.js';
import type {
  MissingField,
  PeriodProgress,
  PostingProgress,
  ReportShape,
  VisitDraft,
  VisitRefusal,
} from '../../domain/visits/visit-report-service.js';
import type { Fragment } from '../visit-reading.js';

const name = postingName;
/** A record's content as a list shows it. */
/** How a record's state reads to the enterprise. */
const STATUS_WORDS: Record<VisitStatus, string> = {
  REPORTED: '未经确认，按报备计入',
  CONFIRMED: '贵单位已确认',
  DISPUTED: '已提出异议，服务站核实中',
  VERIFIED: '经服务站核实属实',
  REJECTED: '经服务站核实不属实，不计入',
};
/** The region's postings by city, the city with the largest share behind first (「哪个市最落后」). */
function byCity(rows: PostingProgress[], behind: PostingProgress[]): string {
  const cities = new Map<string, { all: number; behind: number }>();
  for (const row of rows) {
    const city = cities.get(row.posting.cityName) ?? { all: 0, behind: 0 };
    city.all += 1;
    if (behind.includes(row)) city.behind += 1;
    cities.set(row.posting.cityName, city);
  }
  const ordered = [...cities].sort(([, a], [, b]) => b.behind / b.all - a.behind / a.all || b.behind - a.behind);
  return `分市（落后占比高的在前）：${ordered.map(([city, n]) => `${city} ${n.all}个、落后${n.behind}个`).join('；')}`;
}

const COUNT_WORDS = ['', '一', '两', '三', '四', '五'];
/** 今天, 昨天 or the day's date: how an example report names a day. */
const dayWord = (date: LocalDate, today: LocalDate) =>
  date === today ? '今天' : date === addDays(today, -1) ? '昨天' : chineseDayLabel(date, today);
/** An example report built from what a message said: its kind and days, or placeholders. */
const example = (day: string, place: string, draft: Pick<VisitDraft, 'type' | 'days'>) =>
  `「${day}在${place}${draft.type ? VISIT_TYPE_LABELS[draft.type] : '……（哪一类）'}${draft.days === null ? '……天' : draft.days === 0.5 ? '半天' : `${draft.days}天`}，……（做了什么）」`;
/** A month and day said alone, without a year (「12月8号」, 「十二月八日」). */
const MONTH_AND_DAY =
  /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]?$/;
const FRAGMENT_FIELDS: Record<Fragment['field'], string> = { days: '天数', type: '类型', date: '日期' };
/** How many postings behind an office's progress reply lists by name. */
const OFFICE_LIST_LIMIT = 15;

function paceLine(
  progress: Pick<PostingProgress, 'totals' | 'disputed' | 'pace' | 'posting'>,
  today: LocalDate,
): string {
  const { totals, disputed, pace, posting } = progress;
  const { owed } = pace;
  const status = pace.onPace ? '进度正常' : `进度落后（${expectedNow(pace)}）`;
  // A disputed record on a day already counted adds days, not a visit.
  const disputedWhat = disputed.visits > 0 ? `${disputed.visits} 次（${disputed.days} 天）` : `${disputed.days} 天`;
  const waiting = disputed.days > 0 ? `；另有 ${disputedWhat}企业有异议、待服务站核实，暂不计入` : '';
  // What is still missing for the year, said outright (「还差几天」 is what people ask).
  const short = [
    totals.visits < owed.visits ? `${owed.visits - totals.visits}次` : '',
    totals.days < owed.days ? `${owed.days - totals.days}天` : '',
  ].filter(Boolean);
  const missing = short.length > 0 ? `，全年还差${short.join('、')}` : '，已达到全年要求';
  return `走访 ${totals.visits}/${owed.visits} 次，服务 ${totals.days}/${owed.days} 天${proRatedNote(pace, posting, today)}${missing}，${status}，${timeLeft(pace)}${waiting}`;
}

/** Why a posting owes less than the yearly quota this year: it covers part of the year (as the assessment counts). */
function proRatedNote(pace: Pace, posting: Posting, today: LocalDate): string {
  if (!pace.proRated) return '';
  const year = yearOf(today);
  const started = posting.startDate > `${year}-01-01` ? `${chineseDayLabel(posting.startDate, today)}开始派驻` : '';
  const ends = posting.endDate < `${year}-12-31` ? `${chineseDayLabel(posting.endDate, today)}派驻期满` : '';
  return `（${[started, ends].filter(Boolean).join('、')}，今年按派驻天数折算为${pace.owed.visits}次、${pace.owed.days}天，年度考核同样按此计算）`;
}

/** The enterprise a report names (or the reporter's only one), as examples name it. */
function placeOf(draft: Pick<VisitDraft, 'assignmentId'>, postings: Posting[]): string {
  const posting =
    postings.find((p) => p.assignmentId === draft.assignmentId) ?? (postings.length === 1 ? postings[0] : undefined);
  return posting ? name(posting) : '某企业';
}

/** How a run of days reads: 11月18日（周三）, 11月21日（半天）, 11月5日到11月6日. */
function runWords(run: DayRun, today: LocalDate, sep = '到'): string {
  if (run.days <= 1) return `${chineseDayLabel(run.date, today)}${run.days < 1 ? '（半天）' : ''}`;
  return `${chineseDayLabel(run.date, today)}${sep}${chineseDayLabel(addDays(run.date, Math.ceil(run.days) - 1), today)}`;
}

/**
 * The days of a refused multi-day report that nobody has reported, and the reports to send for them when the report
 * said enough to word them: nothing of the report is stored, and none of it is lost.
 */
function freeDays(refusal: { free: DayRun[]; report?: ReportShape; rest?: unknown[] }, today: LocalDate): string {
  const total = refusal.free.reduce((sum, run) => sum + run.days, 0);
  const list = `其余的${refusal.free.map((run) => runWords(run, today, '—')).join('、')}（共${total}天）还没有记录`;
  const { report } = refusal;
  if (!report) return `${list}，如需记录请另行报备。`;
  const kind = report.type ? VISIT_TYPE_LABELS[report.type] : '';
  const lines = refusal.free.map(
    (run) =>
      `「${runWords(run, today)}在${report.place}${kind}${run.days === 0.5 ? '半天' : `${run.days}天`}，${report.summary || '……（做了什么）'}」`,
  );
  // The report said all a record needs: one 「是」 stores the free days, nothing is typed again.
  if (refusal.rest) return `${list}。要按以下内容记录吗？\n${lines.join('\n')}\n回复「是」记录，回复「不用」不记。`;
  return `${list}，如需记录请${lines.length > 1 ? '分别' : ''}发送：\n${lines.join('\n')}`;
}

/** One visit on one line: date (with the year when not this year's), enterprise, kind, days. */
const brief = (visit: RecordedVisit, today: LocalDate) =>
  `${dateLabel(visit.date, today)} ${visit.enterpriseShortName} ${VISIT_TYPE_LABELS[visit.type]} ${visit.days}天`;

/** One visit of a list: date, enterprise, kind, days, reporter and what was done. */
export const visitLine = (visit: StoredVisit, today: LocalDate) =>
  `${brief(visit, today)}（${visit.reporterName}）${visit.summary ? `：${visit.summary}` : ''}`;

/** What each kind of service is for, in the plan's words (二、工作任务). */
const KIND_MEANINGS = [
  '· 政策宣讲：宣传科技创新政策、提供政策咨询',
  '· 战略规划：凝练技术需求、协助制定企业创新战略规划',
  '· 技术攻关：参与技术研发、解决技术难题',
  '· 资源对接：对接引进高校院所、平台、人才等创新资源',
  '· 典型示范：完善企业创新管理、开展示范推广',
];

export const visitReplies = {
  recorded(visit: RecordedVisit, progress: PostingProgress, today: LocalDate, yearNote: string | null = null): string {
    return [
      '已记录服务：',
      `日期：${dateLabel(visit.date, today)}${yearNote ? `（${yearNote}）` : ''}`,
      `企业：${name(progress.posting)}`,
      `类型：${VISIT_TYPE_LABELS[visit.type]}`,
      `天数：${visit.days}天`,
      ...(visit.summary ? [`内容：${visit.summary}`] : []),
      `本年度进度：${paceLine(progress, today)}。`,
      '如有误，请在24小时内回复「撤销」删除这条记录。',
    ].join('\n');
  },

  ask(missing: MissingField, draft: VisitDraft, postings: Posting[]): string {
    if (missing === 'enterprise') {
      const options = postings.filter(
        (p) => draft.candidates.length === 0 || draft.candidates.includes(p.assignmentId),
      );
      const [only] = options;
      if (draft.namedElsewhere && options.length === 1 && only)
        return `您提到「${draft.namedElsewhere}」，它不在您的派驻企业名单里。这次是在${name(only)}服务的吗？是的话回复「是」；不是的话回复「不是」（只记录在派驻企业的服务）。`;
      return [
        ...(draft.namedElsewhere ? [`您提到「${draft.namedElsewhere}」，它不在您的派驻企业名单里。`] : []),
        '请问是在哪家企业服务的？回复序号或企业名称：',
        ...options.map((p, i) => `${i + 1}. ${name(p)}`),
        '（回复「取消」放弃本次报备）',
      ].join('\n');
    }
    if (missing === 'days') return '这次服务了几天？例如回复「1天」「半天」「一天半」。（回复「取消」放弃本次报备）';
    // 「11月第三周」 is counted in more than one way: the day is asked by its date.
    const week = missing === 'date' ? weekOfMonthIn(draft.summary) : null;
    if (week)
      return `「${week}」具体是哪一天？请回复几月几号，例如「11月17日」；服务了几天的，回复第一天。（回复「取消」放弃本次报备）`;
    if (missing === 'date' && draft.smallHoursOf) {
      const before = addDays(draft.smallHoursOf, -1);
      const word = draft.smallHoursWord ?? '今天';
      const [earlier, later] =
        word === '今天'
          ? ['昨天', '今天']
          : [`${Number(before.slice(8))}号`, `${Number(draft.smallHoursOf.slice(8))}号`];
      return `现在已过零点，您说的「${word}」是指${chineseDayLabel(before)}（周${weekdayCharacter(before)}），还是${chineseDayLabel(draft.smallHoursOf)}（周${weekdayCharacter(draft.smallHoursOf)}）？请回复「${earlier}」或「${later}」。（回复「取消」放弃本次报备）`;
    }
    // 「12月8号…调试了一天」 sent before the 8th: this year's is still to come, last year's is asked, never assumed.
    const ahead = missing === 'date' && draft.dateWords && MONTH_AND_DAY.test(draft.dateWords) ? draft.dateWords : null;
    if (ahead)
      return `今年的${ahead}还没到。这次服务是哪一天？例如回复「昨天」「11月20日」；是去年的，请回复「去年${ahead}」。（回复「取消」放弃本次报备）`;
    if (missing === 'date')
      return `${draft.dateMismatch ? `日期对不上：${chineseDayLabel(draft.dateMismatch.day)}是周${weekdayCharacter(draft.dateMismatch.day)}，不是周${draft.dateMismatch.weekday}。` : ''}这次服务是哪一天？例如回复「昨天」「11月20日」「上周三」。（回复「取消」放弃本次报备）`;
    if (missing === 'activity') return '这次主要做了什么？请用一句话说明服务内容。（回复「取消」放弃本次报备）';
    const options = draft.typeCandidates.length > 0 ? draft.typeCandidates : VISIT_TYPES;
    return `这次服务属于哪一类？回复序号或名称：\n${options.map((t, i) => `${i + 1}. ${VISIT_TYPE_LABELS[t]}`).join('\n')}\n（回复「取消」放弃本次报备）`;
  },

  /** One line naming an unfinished report (what the bot was asking about). */
  draftLabel(draft: VisitDraft, postings: Posting[], today: LocalDate): string {
    const posting = postings.find((p) => p.assignmentId === draft.assignmentId);
    return [posting ? name(posting) : null, draft.date ? chineseDayLabel(draft.date, today) : null]
      .filter(Boolean)
      .join(' ');
  },

  refused(refusal: VisitRefusal, today: LocalDate): string {
    switch (refusal.code) {
      case 'not-a-specialist':
        return '只有科技特派员可以报备服务记录。';
      case 'no-postings':
        return '您目前没有派驻企业，无法报备服务记录。如有疑问请联系所在设区市服务站。';
      case 'not-posted':
        return refusal.enterprise
          ? `${refusal.enterprise}不是您派驻的企业，不能为其报备（只记录在派驻企业的服务）。`
          : '该企业不是您派驻的企业。';
      case 'future-date':
        return `${refusal.words ?? refusal.date ?? '这个日期'}还没到。服务记录在服务完成后报备，到时再发即可。`;
      case 'plan':
        return '这是还没进行的服务：服务记录在服务完成后报备，到时再发即可。';
      case 'unchanged':
        return `记录里已经是这样：${brief(refusal.visit, today)}。`;
      case 'remote':
        return '远程（视频、电话、微信等）、在学校或实验室里做的、在企业以外开会或参加活动时的交流、或学生代去的服务，不计入到企业的现场服务次数和天数（《广西企业科技特派员工作方案（暂行）》五（三）：每年到派驻企业不少于5次，开展现场服务）。如果这次您本人在企业现场，请说明，例如「昨天到企业现场调试设备一天」。';
      case 'invalid-date':
        return refusal.words && /(?:周|星期|礼拜)[一二三四五六日天]/.test(refusal.words)
          ? `「${refusal.words}」的日期和星期对不上，请核对后重新发送（几天的服务请每天分开发一条）。`
          : `没有「${refusal.words ?? '这个日期'}」这一天，请核对日期后重新发送。`;
      case 'before-posting':
        return `日期${refusal.date}早于派驻开始日期（${refusal.start}），不能报备。`;
      case 'after-posting':
        return `日期${refusal.date}晚于派驻结束日期（${refusal.end}），不能报备。`;
      case 'too-many-days':
        return `一次服务最多${refusal.max}天，请分次报备。`;
      case 'more-days-than-elapsed':
        return `从${refusal.date}到今天只有${refusal.available}天，服务天数不能超过${refusal.available}天。`;
      case 'duplicate':
        return '这条服务记录已经报备过了，无需重复报备。';
      case 'team-duplicate': {
        const who = refusal.visit.reporterName;
        if (refusal.free.length > 0)
          return [
            `团队成员${who}已报备的服务与这几天重叠：${brief(refusal.visit, today)}。同一派驻团队同一天的服务只记一次，重叠的日子无需重复报备。`,
            freeDays(refusal, today),
          ].join('\n');
        return `团队成员${who}已报备了这次服务：${brief(refusal.visit, today)}。同一派驻团队同一天的服务只记一次，无需重复报备；如内容有出入，请与${who}核对后由其更正。`;
      }
      case 'day-full':
        return [
          `${dateLabel(refusal.date, today)}您已报备：`,
          ...refusal.earlier.map((v) => `· ${brief(v, today)}`),
          '一人一天最多记1天服务（多个派驻企业合计），多天的服务不能与已报的日子重叠。如原记录有误，请先回复「撤销」或「修改 …」更正原记录（24小时内报备的最近一条），更早的请联系设区市服务站。',
          ...(refusal.free.length > 0 ? [freeDays(refusal, today)] : []),
        ].join('\n');
      case 'resolved':
        return `这条记录的异议已由服务站核实（${refusal.visit.status === 'VERIFIED' ? '属实' : '不属实'}），不能再修改或撤销；如有疑问请联系设区市服务站。`;
      case 'nothing-to-amend':
        return '没有可以修改的记录（只能修改24小时内报备的最近一条）。';
      case 'not-named':
        return visitReplies.notNamed('修改');
      case 'several-named':
        return visitReplies.severalNamed(refusal.visits, today, '修改');
      case 'unreadable-value':
        return {
          date: `看不懂日期「${refusal.value}」，例如「修改 日期 11月20日」。`,
          days: `看不懂天数「${refusal.value}」，例如「修改 天数 1.5天」。`,
          type: `看不懂服务类型「${refusal.value}」，可选：${VISIT_TYPES.map((t) => VISIT_TYPE_LABELS[t]).join('、')}。`,
          enterprise: `「${refusal.value}」不是您派驻的企业。`,
        }[refusal.field];
      case 'unknown-field':
        return '可以修改的字段：日期、天数、类型、企业、内容。例如「修改 天数 2天」。';
      case 'same-as-another':
        return '修改后与已有的一条记录完全相同。';
    }
  },

  settleRefused(refusal: SettleRefusal): string {
    switch (refusal.code) {
      case 'not-a-contact':
        return '只有企业联系人可以确认服务记录。';
      case 'already-settled':
        return `第${refusal.choice}条已经确认或提出异议了。`;
      case 'no-such-visit':
        return `没有第${refusal.choice}条待确认的记录。`;
    }
  },

  undoNeedsConfirmation: (visit: RecordedVisit, today: LocalDate) =>
    `这条记录企业已经确认过：${brief(visit, today)}。\n确定要撤销吗？回复「确认撤销」撤销，回复「取消」保留。`,
  undoKept: '好的，这条记录保留不变。',

  askSameHalfDay: (earlier: string) =>
    `未记录：这天您已报备了同类的半天：\n· ${earlier}\n是同一个半天吗？回复「是」不重复记录；回复「不是」（当天另外半天）另记半天。`,
  sameKept: (earlier: string) => `好的，不重复记录，以已有的这条为准：${earlier}。`,
  cancelled: '已取消本次报备，没有记录。',
  restNotRecorded: '好的，没有记录。',
  nothingToAddTo:
    '没有找到您24小时内报备的服务记录，补充的内容没有加到记录里。请把这次服务完整发一条，例如「昨天在龙城齿轮技术攻关1天，调试磨齿机，还培训了两个操作工」。',
  nothingLikeLast:
    '没有找到您24小时内报备的记录，不知道「也是」指哪一条。请把这次服务完整发一条，例如「11月20日在龙城齿轮技术攻关1天，调试热处理炉」。',
  kindAndSummary: (draft: VisitDraft): string =>
    `${draft.type ? VISIT_TYPE_LABELS[draft.type] : ''}${draft.summary ? `（${draft.summary}）` : ''}`,
  /** 「上周五也是」: the day as the last report, to be confirmed. */
  likeLastOffer(draft: VisitDraft, place: string, today: LocalDate): string {
    const kind = draft.type ? VISIT_TYPE_LABELS[draft.type] : '';
    const days = draft.days === 0.5 ? '半天' : `${draft.days}天`;
    const label = draft.date ? chineseDayLabel(draft.date, today) : '';
    return `按上一条的内容记录这一天吗？\n「${label}在${place}${kind}${days}，${draft.summary}」\n回复「是」记录，回复「不用」不记；那天做的事不一样的话，请把那天的服务完整发一条。`;
  },
  undone: (visit: RecordedVisit, today: LocalDate) => `已撤销：${brief(visit, today)}。`,
  nothingToUndo: '没有可以撤销的记录（只能撤销24小时内报备的最近一条）。',
  /** A plain 「撤销」 again after an undo: nothing more is deleted unless the record is named. */
  undoneAlready: (undone: string) =>
    `${undone.replace(/。$/, '')}，没有再撤销别的记录。如还要撤销更早的一条，请说明是哪条，例如「撤销11月20日那条」或「撤销刚才那个专利」。`,
  editNotUndone: '修改不能单独撤销（撤销会删掉整条记录）。要改回原样，请再发一次「修改 …」，例如「修改 天数 1天」。',
  changedSinceShown:
    '上面的记录在您看过之后被科技特派员修改过，以上是修改后的内容，还没有确认或提出异议。请核对后再回复「确认 序号」或「有异议 序号 原因」。',
  refusedNotChanged:
    '刚才那条没有记录，其他记录都没动。请把改好的整条重新发一次，例如「昨天在石韵新材技术攻关1天，调试设备」。如要改更早已记录的一条，请用「修改 …」，例如「修改 企业 石韵新材」。',
  refusedNotUndone:
    '刚才那条没有记录，不用撤销，其他记录都没动。如要撤销更早报备的一条，请说明是哪条，例如「撤销11月30日那条」。',
  /** 「把23号那条删了」 when none of the records of the last 24 hours is of the 23rd. */
  /** 「昨天那条…」 of two records that day: none is touched, and they are shown (the caller says 未撤销/未修改). */
  severalNamed: (visits: StoredVisit[], today: LocalDate, verb: '撤销' | '修改') =>
    [
      `您说的有${visits.length}条记录，不知道是哪一条：`,
      ...visits.map((v) => `· ${visitLine(v, today)}`),
      `请用内容或企业说清是哪一条，例如「${visits[0]?.summary || visits[0]?.enterpriseShortName}那条${verb === '撤销' ? '删了' : '改成…'}」。`,
    ].join('\n'),
  notNamed: (verb: '撤销' | '修改') =>
    `24小时内报备的记录里没有您说的这条。回复「我的进度」查看；更早的记录请联系设区市服务站${verb}。`,
  /** Another's visit or record: recorded under and changed by whoever reports it. */
  someoneElse: (who: string) =>
    `未记录：服务记录记在报备人名下，也只能由报备人本人修改或撤销。${who || '这位'}老师的服务请${who || '这位'}老师本人报备或更正。如果是您自己去的，请直接说，例如「昨天去…做了…一天」。`,

  timeOfDayKept: (label: string) =>
    `服务记录只记日期和天数，不分上午下午、几点，刚才那条（${label}）不用改。如果日期或天数也不对，回复例如「修改 天数 1天」。`,

  /** Words that leave out records the bot could not tell, or said before the list was seen: nothing confirmed. */
  /**
   * 「这种算哪一类服务」: the kind (or kinds) the activity reads as, or all five with what each is for, and how to report.
   */
  kindOf(activity: string, kinds: VisitType[], place: string): string {
    const what = activity.replace(/^[\s，,]+|[\s，,]+$/g, '');
    const lead =
      kinds.length === 1
        ? `「${what}」一般报为「${VISIT_TYPE_LABELS[kinds[0] as VisitType]}」。`
        : kinds.length > 1
          ? `「${what}」可以报为${kinds.map((k) => `「${VISIT_TYPE_LABELS[k]}」`).join('或')}，看这次主要做的是哪件事。`
          : `单看「${what || '这次服务'}」说不准，请按这次主要做的事选一类：`;
    return [
      lead,
      ...(kinds.length === 1 ? [] : KIND_MEANINGS),
      `报备时说清哪天、在哪家企业、做了什么、几天，例如「昨天在${place}技术攻关1天，调试设备」。`,
    ].join('\n');
  },
  nothingWaitsToDispute:
    '目前没有待您确认的服务记录，已确认的记录不能再提异议。确认错了的，请告诉科技特派员修改（修改后会重新发给您确认），或联系所在设区市服务站更正。',
  noOutcomeOfKindWaiting: (kind: string, waiting: number) =>
    `待您确认的记录里没有${kind}成果；已确认的成果不能再提异议，确认错了的，请告诉科技特派员修改，或联系所在设区市服务站更正。${waiting > 0 ? `\n另有${waiting}条记录待您确认，发「待确认」查看。` : ''}`,
  noneNamedWaiting: (words: string) =>
    `「${words}」没有待确认的记录，以上记录都还没有确认：请对照序号回复，例如「确认 1」。`,
  /** 「2号那条没问题」 when the 2nd of the list is not the record of the 2nd. */
  dayOrNumber: (no: number, listed: string, ofDay: string[], day: string) =>
    [
      `「${no}号」是指哪一条？还没有确认：`,
      `· 列表第${no}条：${listed}`,
      ...ofDay.map((line) => `· ${no}日的记录：${line}`),
      `确认列表第${no}条请回复「确认 ${no}」；确认${no}日的记录请回复「${day}那条确认」。`,
    ].join('\n'),
  noneConfirmedYet: '以上记录都还没有确认：请对照序号回复，例如「确认 1」，或「除了第2条 其他都确认」。',
  notConfirmedYet: (numbers: number[] | 'rest') =>
    numbers === 'rest'
      ? '其余几条还没有确认：回复「待确认」查看，确认请回复「确认 序号」。'
      : `第${numbers.join('、')}条还没有确认：确认请回复「确认 ${numbers.join(',')}」，有异议请回复「有异议 ${numbers[0]} 原因」。`,

  alreadySo: (label: string) => `刚才那条（${label}）本来就是这样，不用改。`,

  nothingToCorrect: '没有可以修改的记录：只能修改24小时内报备的最近一条，更早的记录有误请联系设区市服务站。',

  /** `numbers`: what each is numbered in the list (1, 2, … when not given). */
  pending(visits: StoredVisit[], today: LocalDate, footer?: string, numbers?: number[]): string {
    if (visits.length === 0) return '目前没有待您确认的服务记录。';
    return [
      `有${visits.length}条服务记录待确认：`,
      ...visits.map((visit, i) => `${numbers?.[i] ?? i + 1}. ${visitLine(visit, today)}`),
      footer ?? '请回复「确认 序号」或「有异议 序号 原因」，全部属实可回复「全部确认」。',
    ].join('\n');
  },

  settled(visits: StoredVisit[], reason: string | null, today: LocalDate): string {
    if (reason === null)
      return [`已确认${visits.length}条服务记录：`, ...visits.map((v) => `· ${visitLine(v, today)}`)].join('\n');
    return [
      '已记录您的异议，并转设区市服务站核实（所在市没有服务站的由自治区工作办核实；核实前这条记录不计入服务次数和天数）：',
      ...visits.map((v) => `· ${v.disputeNo ? `[${v.disputeNo}] ` : ''}${visitLine(v, today)}`),
      `异议：${reason}`,
    ].join('\n');
  },

  disputeNeedsReason: '请说明异议的原因，例如「当天没有到企业」。（回复「取消」不提异议）',
  disputeDropped: '好的，没有提出异议。',
  disputeDeclined: '好的，没有提出异议。这条记录还等您确认：回复「待确认」查看，属实的回复「确认 序号」。',
  disputeWhich: '请问是对哪一条有异议？回复序号（回复「取消」不提异议）。',
  noneByThatTeacher: (surname: string, day: LocalDate, today: LocalDate): string =>
    `${dateLabel(day, today)}没有${surname}老师报备的待确认记录，这天待确认的只有上面列出的。如是对其中一条有异议，请回复序号（回复「取消」不提异议）。`,
  /** A dispute naming a day with no record waiting for the enterprise: what that day holds, and where to turn. */
  nothingToDisputeThatDay(day: LocalDate, recorded: StoredVisit[], waiting: number, today: LocalDate): string {
    const others = waiting > 0 ? `\n另有${waiting}条记录待您确认，发「待确认」查看。` : '';
    if (recorded.length === 0) return `${dateLabel(day, today)}没有服务记录，这天不计入服务天数，不用提异议。${others}`;
    const settled = recorded.map(
      (visit) => `· ${visitLine(visit, today)}（${STATUS_WORDS[visit.status ?? 'REPORTED']}）`,
    );
    return [
      `${dateLabel(day, today)}的服务记录已不在待确认之列：`,
      ...settled,
      `如确有出入，请联系${recorded[0]?.cityName.replace(/市$/, '') ?? '设区市'}服务站核实。${others}`,
    ].join('\n');
  },
  /** Records reported after the list the contact confirmed 「全部」 of: not confirmed by it. */
  /** 「王老师那天确实来了」 with no record of that teacher's waiting: what waits is shown, nothing confirmed. */
  noneOf: (surname: string) => `以上没有${surname}老师的待确认记录，没有确认任何一条。请对照序号回复，例如「确认 1」。`,
  /** 「上周四也是 半天」 while the report it is like is still asked about: that one is finished first. */
  likeTheOneAsked: (words: string) =>
    `「${clip(words.trim(), 20)}」要照着刚才这条报，得等刚才这条记好：请先回答上面的问题，记好后再发一次「${clip(words.trim(), 20)}」。`,
  /** 「陈老师来了，不过…」: the teacher's records waiting are shown; whether they are right is asked, none confirmed. */
  cameToldOfWhich: (surname: string, words: string) =>
    `收到「${words}」。以上是${surname}老师报备、等您确认的记录，属实请回复「确认 序号」或「全部确认」；有出入请回复「有异议 序号 原因」。`,
  /** 「陈老师今天来了」 with nothing waiting: the teacher reports the visit, and it is sent for confirming then. */
  noneOfTheirsYet: (surname: string) =>
    `收到。目前没有${surname}老师等您确认的服务记录：服务记录由老师本人报备，报备后会发给您确认。`,
  /** 「没问题」 said alone with records waiting and no question asked: which it is said of is asked, none confirmed. */
  fineSaidOfWhich: (words: string) =>
    `您说的「${words}」是指以上记录属实吗？属实请回复「全部确认」或「确认 序号」；有出入请回复「有异议 序号 原因」。`,
  newSinceShown: (count: number) =>
    `以上${count}条是您查看列表之后新报的，「全部确认」没有包括它们：核对后回复「确认 序号」或再回复「全部确认」。`,

  disputeThisOne: '您说的是这一条吗？回复「是」提出异议（回复「取消」不提异议）。',
  /** Several records said right or objected to in one message, read back before anything is settled. */
  verdictsReadBack(items: { line: string; reason: string | null }[]): string {
    return [
      '您说的是这几条吗？',
      ...items.map(({ line, reason }) => `· ${line}\n   ${reason === null ? '→ 属实，确认' : `→ 有异议：${reason}`}`),
      '回复「是」按此提交（异议会告知报备人，并转设区市服务站或自治区工作办核实），回复「不是」都不提交。',
    ].join('\n');
  },
  /** The day of the report just made, to answer 「哪一天」 with when a report says 「那天」. */
  sameDayAs: (date: LocalDate) =>
    `（您上一条报备是${chineseDayLabel(date)}（周${weekdayCharacter(date)}），是同一天请回复「${chineseDayLabel(date)}」。）`,
  verdictsDropped: '好的，都没有提交：没有确认，也没有提出异议。',
  verdictsGone:
    '刚才说的记录已有变化（已确认或已提出异议），没有按刚才的内容提交。请回复「待确认」看现在待确认的记录。',

  evidenceAttached: (visit: RecordedVisit, today: LocalDate) =>
    `已将图片作为佐证材料附到服务记录：${brief(visit, today)}。`,
  locationAttached: (visit: RecordedVisit, label: string | null, today: LocalDate) =>
    `已将位置${label ? `（${label}）` : ''}作为佐证附到服务记录：${brief(visit, today)}。`,
  locationUnattached: '位置未关联到服务记录：请在报备服务记录后10分钟内发送所在位置，位置会作为该次服务的佐证。',
  evidenceUnattached: '图片未关联到服务记录：请在报备服务记录后10分钟内发送现场照片，照片会作为该次服务的佐证材料。',

  /**
   * An office's view of many postings: how many have met the year's quota, are on course, or are behind, then the
   * ones behind, furthest behind first (the weekly digest has the full lists).
   */
  officeProgress(
    rows: PostingProgress[],
    quota: Quota,
    year: number,
    scope: string,
    people: Map<string, PostedPeople> = new Map(),
  ): string {
    if (rows.length === 0) return `${scope}目前没有进行中的派驻。`;
    const met = rows.filter((r) => r.totals.visits >= r.pace.owed.visits && r.totals.days >= r.pace.owed.days);
    // A visit missing weighs as much as the days a visit stands for in the quota (30 days / 5 visits).
    const shortfall = (r: PostingProgress) =>
      r.pace.daysMissing + (quota.daysPerYear / quota.visitsPerYear) * r.pace.visitsMissing;
    const behind = rows.filter((r) => !r.pace.onPace).sort((a, b) => shortfall(b) - shortfall(a));
    const shown = behind.slice(0, OFFICE_LIST_LIMIT);
    // 「哪几个特派员进度落后」: each posting with who serves it, and its city for the region.
    const city = (r: PostingProgress) => {
      const who = people.get(r.posting.assignmentId);
      const named = who?.specialist?.name ?? (who?.team ? `${who.team.name}，团长${who.team.leader.name}` : null);
      const parts = [named, scope === '全区' ? r.posting.cityName : null].filter(Boolean);
      return parts.length > 0 ? `（${parts.join('，')}）` : '';
    };
    return [
      `${year}年服务进度（${scope}，每个派驻企业每年至少${quota.visitsPerYear}次、${quota.daysPerYear}天）：`,
      `进行中的派驻 ${rows.length} 个：已达标 ${met.length} 个，未达标但进度正常 ${rows.length - behind.length - met.length} 个，进度落后 ${behind.length} 个。`,
      ...(scope === '全区' ? [byCity(rows, behind)] : []),
      ...(shown.length > 0 ? ['进度落后的派驻（落后最多的在前）：'] : []),
      ...shown.map(
        (r) =>
          `· ${name(r.posting)}${city(r)}：走访 ${r.totals.visits}/${r.pace.owed.visits} 次，服务 ${r.totals.days}/${r.pace.owed.days} 天，${expectedNow(r.pace)}`,
      ),
      ...(behind.length > shown.length
        ? [`另有 ${behind.length - shown.length} 个进度落后的派驻未列出，完整名单见每周服务简报。`]
        : []),
    ].join('\n');
  },

  /**
   * Service in the period asked about (「这个月来了几次」): each posting's visits and days, the visits themselves when
   * few postings are shown; an office gets its totals and the postings with visits. A past year is measured against
   * the yearly quota.
   */
  periodProgress(
    progress: PeriodProgress,
    quota: Quota,
    today: LocalDate,
    scope: string | null,
    withSummary = false,
  ): string {
    const { period, rows, visits, more } = progress;
    const span =
      period.year !== undefined
        ? period.label
        : `${period.label}（${chinesePeriodLabel(period.from, period.to, today)}）`;
    if (rows.length === 0) return `${span}没有您可以查看的派驻。`;
    // A past year is measured against the quota only when the posting ran all of it.
    const yearly = (r: PeriodProgress['rows'][number]) =>
      period.year === undefined
        ? ''
        : r.posting.startDate > period.from
          ? `（派驻自${chineseDayLabel(r.posting.startDate, today)}开始，不满一年）`
          : r.totals.visits >= quota.visitsPerYear && r.totals.days >= quota.daysPerYear
            ? '，达到全年要求'
            : `，未达到全年${quota.visitsPerYear}次、${quota.daysPerYear}天的要求`;
    const disputedNote = (d: { visits: number; days: number }) =>
      d.visits > 0 ? `；另有 ${d.visits} 次（${d.days} 天）企业有异议、待核实，不计入` : '';
    if (scope !== null) {
      const withVisits = rows.filter((r) => r.totals.visits > 0).sort((a, b) => b.totals.days - a.totals.days);
      const sum = (key: 'visits' | 'days') => rows.reduce((total, r) => total + r.totals[key], 0);
      const city = (r: PeriodProgress['rows'][number]) => (scope === '全区' ? `（${r.posting.cityName}）` : '');
      const without = rows.filter((r) => r.totals.visits === 0);
      type Row = (typeof rows)[number];
      const listed = (items: Row[], line: (r: Row) => string, what: string) => [
        ...items.slice(0, OFFICE_LIST_LIMIT).map(line),
        ...(items.length > OFFICE_LIST_LIMIT ? [`另有 ${items.length - OFFICE_LIST_LIMIT} 个${what}未列出。`] : []),
      ];
      return [
        `${scope}${span}：走访 ${sum('visits')} 次、服务 ${sum('days')} 天；进行中的派驻 ${rows.length} 个，${withVisits.length} 个有走访，${without.length} 个没有。`,
        ...(withVisits.length > 0 ? ['有走访的派驻：'] : []),
        ...listed(
          withVisits,
          (r) => `· ${name(r.posting)}${city(r)}：走访 ${r.totals.visits} 次，服务 ${r.totals.days} 天${yearly(r)}`,
          '有走访的派驻',
        ),
        ...(without.length > 0 ? [`${period.label}没有走访的派驻：`] : []),
        ...listed(without, (r) => `· ${name(r.posting)}${city(r)}${yearly(r)}`, '没有走访的派驻'),
      ].join('\n');
    }
    return [`${span}的服务：`]
      .concat(
        rows.flatMap((r) => {
          const own = visits.filter((v) => v.assignmentId === r.posting.assignmentId);
          const head =
            r.totals.visits === 0 && r.disputed.visits === 0
              ? `· ${name(r.posting)}：${period.label}没有服务记录${yearly(r)}`
              : `· ${name(r.posting)}：走访 ${r.totals.visits} 次，服务 ${r.totals.days} 天${yearly(r)}${disputedNote(r.disputed)}`;
          return [
            head,
            ...own.map(
              (v) =>
                `  ${dateLabel(v.date, today)} ${VISIT_TYPE_LABELS[v.type]} ${v.days}天（${v.reporterName}）${v.status === 'DISPUTED' ? '【有异议】' : ''}${withSummary && v.summary ? `：${clip(v.summary)}` : ''}`,
            ),
          ];
        }),
      )
      .concat(more ? [`  （只列出前${visits.length}次）`] : [])
      .join('\n');
  },

  briefOf: (visit: RecordedVisit, today: LocalDate) => brief(visit, today),

  /** `named`: the record was named by its day (「大前天那条…」), not the one just reported. */
  fragmentCorrects: (fragments: Fragment[], label: string, today: LocalDate, named = false) =>
    `是要把${named ? '' : '刚才'}那条（${label}）的${fragments.map((f) => `${FRAGMENT_FIELDS[f.field]}改成「${f.field === 'date' ? dateLabel(f.value as LocalDate, today) : f.value}」`).join('、')}吗？回复「是」修改，回复「不是」不改。\n新的报备请一句话说清哪天、在哪家企业、做了什么、几天。`,

  fragmentAlone: (text: string, postings: Posting[]) =>
    `「${text.trim()}」是指哪次服务？报备请一句话说清哪天、在哪家企业、做了什么、几天，例如「今天在${postings[0] ? name(postings[0]) : '派驻企业'}技术攻关1天，……（做了什么）」。`,

  notAmended: '好的，没有修改。',
  amendGone: '未修改：那条记录已撤销或已超过24小时，请用「修改 天数 半天」这样的说法重新说明。',

  /** Two enterprises in one message: each example is built from what the message said (its day, kind and days). */
  severalPlaces(
    postings: Posting[],
    draft: VisitDraft,
    today: LocalDate,
    inTurn: LocalDate[] = [],
    manyDays = false,
  ): string {
    const day = (i: number) => {
      const date = inTurn[i] ?? draft.date;
      return date === null ? '今天' : dayWord(date, today);
    };
    // Without each place's own day, what the message read (its first day, kind and days) is the first place's only.
    const own = (i: number) => i === 0 || inTurn[i] !== undefined || !manyDays;
    return [
      `未记录：这条消息提到了${postings.map(name).join('、')}${COUNT_WORDS[postings.length] ?? postings.length}家企业。一条报备记一家企业的一次服务，请每家分开发一条，例如：`,
      ...postings
        .slice(0, 2)
        .map((p, i) =>
          own(i) ? example(day(i), name(p), draft) : example('X月X日', name(p), { type: null, days: null }),
        ),
    ].join('\n');
  },

  /** Two enterprises on two days in one message: each visit as read, one example each, with what is said of each. */
  placesOnDays(visits: PlaceOnDay<Posting>[], each: Pick<VisitDraft, 'type' | 'days'>, today: LocalDate): string {
    const count = COUNT_WORDS[visits.length] ?? String(visits.length);
    return [
      `未记录：这条消息说了${count}次服务：${visits.map((v) => `${chineseDayLabel(v.date, today)}在${name(v.posting)}`).join('，')}。一条报备记一家企业一天的一次服务，请分开发送，例如：`,
      // The kind and days read are the whole message's, not either visit's (「…调了一天收割机 礼拜四…讲了半天高企政策」
      // read as 政策宣讲1天): only what is said of each (`each`) is filled in.
      ...visits.slice(0, 2).map((v) => example(dayWord(v.date, today), name(v.posting), each)),
    ].join('\n');
  },

  /** Two days' visits in one message: one example per day, with the enterprise, kind and days the message gave. */
  severalDays(days: DayTold[], draft: VisitDraft, postings: Posting[], today: LocalDate): string {
    const place = placeOf(draft, postings);
    return [
      `未记录：这条消息说了${days.map((day) => chineseDayLabel(day.date, today)).join('、')}${COUNT_WORDS[days.length] ?? days.length}天的服务。一条报备记一天的一次服务（连着几天可以写「12月1日到3日」），请每天分开发一条，例如：`,
      ...days.slice(0, 2).map((day, i) =>
        // Days are a day's only when they are a day or less: 「上周一和上周三…两天」 and 「两天半」 are the whole stay's,
        // and one day holds at most one day of service. What the message read as a whole is the first day's at most:
        // 「…一天技术攻关 11月4号去石韵新材讲了半天政策」 never suggests 技术攻关1天 for the 4th.
        example(dayWord(day.date, today), place, {
          type: day.type ?? (i === 0 ? draft.type : null),
          days: [day.days, i === 0 ? draft.days : null].find((days) => days != null && days <= 1) ?? null,
        }),
      ),
    ].join('\n');
  },

  /** Several trips told as one report (「这个月去了三趟 一共5天」): one report per trip, its day and days its own. */
  severalTrips(trips: string, draft: VisitDraft, postings: Posting[]): string {
    const place = placeOf(draft, postings);
    return [
      `未记录：这条消息说了${trips}次服务。一条报备记一次服务（一天，或连着的几天），请每次分开发一条，写明那天的日期和天数，例如：`,
      example('X月X日', place, { type: draft.type, days: null }),
    ].join('\n');
  },

  /** A day's two halves of two kinds in one message: one report each, as it would be sent alone. */
  halves(halves: HalfDayTold[], draft: VisitDraft, postings: Posting[], today: LocalDate): string {
    const place = placeOf(draft, postings);
    const [first] = halves;
    return [
      `未记录：这条消息说了${first ? chineseDayLabel(first.date, today) : ''}${halves.map((h) => `${h.part}${VISIT_TYPE_LABELS[h.type]}`).join('、')}两次服务。一条报备记一种服务，请分开发送，例如：`,
      ...halves.map((h) => example(`${dayWord(h.date, today)}${h.part}`, place, { type: h.type, days: 0.5 })),
    ].join('\n');
  },

  /**
   * When postings end: each of a few postings with its period; for an office, those ending within `soonDays`
   * (soonest first), or the next one to end when none does.
   */
  postingEnds(postings: Posting[], today: LocalDate, office: string | null, soonDays: number): string {
    if (postings.length === 0) return '目前没有您可以查看的进行中的派驻。';
    const byEnd = [...postings].sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
    const left = (posting: Posting) => daysBetween(today, posting.endDate);
    const ends = (posting: Posting) =>
      `${chineseDayLabel(posting.endDate, today)}到期${left(posting) > 0 ? `，还有 ${left(posting)} 天` : ''}`;
    if (office === null)
      return byEnd
        .map(
          (posting) =>
            `· ${name(posting)}：派驻期 ${chinesePeriodLabel(posting.startDate, posting.endDate, today)}，${left(posting) > 0 ? `还有 ${left(posting)} 天到期` : left(posting) === 0 ? '今天到期' : '已到期'}`,
        )
        .join('\n');
    const soon = byEnd.filter((posting) => left(posting) <= soonDays);
    const next = byEnd[0] as Posting;
    if (soon.length === 0)
      return `${office}未来${soonDays}天内没有到期的派驻。最早到期的是${name(next)}，${ends(next)}。`;
    return [`${office}未来${soonDays}天内到期的派驻（${soon.length}个）：`]
      .concat(soon.slice(0, OFFICE_LIST_LIMIT).map((posting) => `· ${name(posting)}：${ends(posting)}`))
      .concat(soon.length > OFFICE_LIST_LIMIT ? [`……另有${soon.length - OFFICE_LIST_LIMIT}个未列出`] : [])
      .concat('到期后是否继续选派，按企业实际需求办理（《广西企业科技特派员工作方案（暂行）》六、派驻程序）。')
      .join('\n');
  },

  notOwnCity: (own: string) =>
    `${own}服务站可以查看本市派驻的进度；您问的不在${own}的派驻名单里，请向自治区工作办了解。发「服务情况」查看${own}的进度。`,

  otherCity: (own: string, asked: string) =>
    `${own}服务站可以查看本市派驻的进度；${asked}的情况请向${asked}服务站或自治区工作办了解。发「服务情况」查看${own}的进度。`,

  progress(rows: PostingProgress[], quota: Quota, today: LocalDate): string {
    if (rows.length === 0) return '目前没有您可以查看的进行中的派驻。';
    return [`${yearOf(today)}年服务进度（每个派驻企业每年至少${quota.visitsPerYear}次、${quota.daysPerYear}天）：`]
      .concat(
        rows.map(
          (row) =>
            `· ${name(row.posting)}：${paceLine(row, today)}；${row.last ? `最近一次服务 ${dateLabel(row.last)}` : '今年还没有服务记录'}`,
        ),
      )
      .join('\n');
  },
};
