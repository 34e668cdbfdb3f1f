import { chineseDayLabel, chineseDateLabel as dateLabel, type LocalDate } from '../../common/local-date.js';
import { VISIT_TYPE_LABELS } from '../../domain/programme/types.js';
import type { DisputeRef, Resolved, ResolveRefusal, Verdict } from '../../domain/visits/visit-disputes.js';
import type { StoredVisit } from '../../domain/visits/visit-ledger.js';

const line = (visit: StoredVisit, today: LocalDate) =>
  `${visit.disputeNo ?? ''} ${visit.reporterName} ${dateLabel(visit.date, today)} ${visit.enterpriseShortName} ${VISIT_TYPE_LABELS[visit.type]} ${visit.days}天${visit.statusNote ? `｜异议：${visit.statusNote}` : ''}`.trim();

const refText = (ref: DisputeRef) =>
  'disputeNo' in ref
    ? ref.disputeNo
    : 'reporterName' in ref
      ? [ref.reporterName, ref.date ? chineseDayLabel(ref.date) : ''].filter(Boolean).join(' ')
      : '';

const HOW = '回复「核实 编号 属实」或「核实 编号 不属实 原因」处理。';

/** What officials are told about disputed visits and their findings. */
export const disputeReplies = {
  /** The open disputes, as a section of 待办. */
  open(visits: StoredVisit[], today: LocalDate): string {
    if (visits.length === 0) return '目前没有待核实的服务记录异议。';
    return [`待核实的服务记录异议（${visits.length}条，核实前不计入服务次数和天数）：`]
      .concat(visits.map((v) => `· ${line(v, today)}`))
      .concat(HOW)
      .join('\n');
  },

  choose: (visits: StoredVisit[], today: LocalDate) =>
    ['有几条符合的异议，请用编号指明：', ...visits.map((v) => `· ${line(v, today)}`), HOW].join('\n'),

  resolved(resolved: Resolved, today: LocalDate): string {
    const { visit, verdict, reason, days } = resolved;
    const found =
      verdict === 'REJECTED'
        ? `不属实，不计入服务次数和天数（原因：${reason ?? ''}）`
        : days !== null
          ? `属实，服务天数按${days}天计入`
          : '属实，计入服务次数和天数';
    return `已核实 ${visit.disputeNo ?? ''}：${visit.reporterName} ${dateLabel(visit.date, today)} ${visit.enterpriseShortName} ${VISIT_TYPE_LABELS[visit.type]} ${visit.days}天，${found}。已告知科技特派员和企业。`;
  },

  /** A finding said in own words, read back (about the record, not the dispute) before it is recorded. */
  confirmFinding(visit: StoredVisit, verdict: Verdict, reason: string, days: number | null, today: LocalDate): string {
    const found =
      verdict === 'REJECTED'
        ? `${visit.reporterName}当天没有到企业，这条服务记录不属实（不计入服务次数和天数），原因记为「${reason}」`
        : days !== null
          ? `${visit.reporterName}当天确实到了企业，但只服务了${days}天，这条服务记录按${days}天计入（原报${visit.days}天）`
          : `${visit.reporterName}当天确实到了企业，这条服务记录属实（计入服务次数和天数）`;
    return `您核实的结果是：${found}，对吗？\n· ${line(visit, today)}\n回复「是」确认并告知科技特派员和企业，回复「不是」不处理。`;
  },

  /** Findings on several days in one message, read back before they are recorded. */
  confirmFindings(findings: { visit: StoredVisit; verdict: Verdict }[], reason: string, today: LocalDate): string {
    return [
      '您核实的结果是：',
      ...findings.map(({ visit, verdict }) =>
        verdict === 'VERIFIED'
          ? `· ${line(visit, today)}\n  → 属实：${visit.reporterName}当天确实到了企业（计入服务次数和天数）`
          : `· ${line(visit, today)}\n  → 不属实：${visit.reporterName}当天没有到企业（不计入服务次数和天数）`,
      ),
      `核实意见记为「${reason}」。回复「是」全部按此确认并告知科技特派员和企业，回复「不是」都不处理。`,
    ].join('\n');
  },

  /** Words that do not say plainly whether the specialist was there. */
  findingUnclear: (visit: StoredVisit, today: LocalDate) =>
    [
      '这条异议的核实结果我没能确定，请直接说明服务记录是否属实：',
      `· ${line(visit, today)}`,
      `回复「核实 ${visit.disputeNo ?? '编号'} 属实」（${visit.reporterName}当天确实到了企业，计入），或「核实 ${visit.disputeNo ?? '编号'} 不属实 原因」（不计入）。`,
    ].join('\n'),

  /** A finding naming a specialist, enterprise or day that no open dispute has. */
  noneMeant: (open: StoredVisit[], today: LocalDate) =>
    ['没有找到您说的这条待核实异议。目前待核实的异议：', ...open.map((v) => `· ${line(v, today)}`), HOW].join('\n'),

  askReason: (visit: StoredVisit) =>
    `请说明 ${visit.disputeNo ?? '这条记录'} 不属实的原因（会告知科技特派员和企业），例如「当天没有到企业」。（回复「取消」不处理）`,
  dropped: '好的，这条异议暂不处理。',

  /** 不属实 for several disputes with no reason: nothing is recorded. */
  reasonForEach: (numbers: string[]) =>
    `未处理：核实为不属实需要写明原因（会告知科技特派员和企业），例如「核实 ${numbers.join('、')} 不属实 当天没有到企业」。`,

  /** Findings of several disputes in one message that are not one finding for all: nothing is recorded. */
  oneEach: (numbers: string[]) =>
    [
      `未处理：这条消息里有${numbers.length}个异议编号（${numbers.join('、')}），我没能确定每条的核实结果。`,
      '请每条单独发送，例如「核实 编号 属实」或「核实 编号 不属实 原因」；结果相同的可以一起发，例如「核实 编号1、编号2 都属实」。',
    ].join('\n'),

  refused(refusal: ResolveRefusal, today: LocalDate): string {
    switch (refusal.code) {
      case 'not-an-official':
        return '只有设区市服务站和自治区工作办的工作人员可以核实异议。';
      case 'no-open-disputes':
        return '目前没有待核实的服务记录异议。';
      case 'not-found':
        return `没有找到待核实的异议「${refText(refusal.ref)}」。回复「待办」查看待核实的异议和编号。`;
      case 'other-city':
        return `${refusal.visit.disputeNo} 是${refusal.visit.cityName}的企业，由该市服务站核实（该市没有服务站的，由自治区工作办核实）。`;
      case 'not-disputed':
        return `${refusal.visit.disputeNo ?? '这条记录'}（${line(refusal.visit, today)}）目前不是待核实的异议${refusal.visit.status === 'VERIFIED' ? '，已核实属实' : refusal.visit.status === 'REJECTED' ? '，已核实不属实' : ''}。`;
      case 'reason-needed':
        return disputeReplies.askReason(refusal.visit);
      case 'days-not-fewer':
        return `核实的服务天数须少于原报的${refusal.visit.days}天（半天为单位）。如记录属实，回复「核实 ${refusal.visit.disputeNo ?? '编号'} 属实」。`;
    }
  },
};

/** A record as an enterprise or its specialist knows it: the day, the enterprise, what was done, and the objection. */
const partyLine = (visit: StoredVisit, today: LocalDate, objection = true) =>
  `${dateLabel(visit.date, today)} ${visit.enterpriseShortName} ${VISIT_TYPE_LABELS[visit.type]} ${visit.days}天（${visit.reporterName}）${visit.summary ? `：${visit.summary}` : ''}${objection && visit.statusNote ? `｜异议：${visit.statusNote}` : ''}`;

/** What an enterprise taking back its objection, or a specialist answering one, is told. */
export const disputePartyReplies = {
  noObjections:
    '贵企业目前没有待核实的异议，没有可撤回的。异议已由服务站核实的，如需更正请联系所在设区市服务站；待确认的记录回复「确认」即可。',
  noneAgainstYou: '您的服务记录目前没有企业提出、待核实的异议。要给服务站留言，可以说「帮我跟服务站说一下……」。',
  /** Several objections could be meant, or none of those open matches what was said. */
  which: (visits: StoredVisit[], today: LocalDate, matched: boolean) =>
    [
      matched ? '有几条异议符合，请说明是哪一天的：' : '没有找到您说的那条异议。待核实的异议有：',
      ...visits.map((v) => `· ${v.disputeNo ?? ''} ${partyLine(v, today)}`),
      '请连同日期再说一次，例如「20号那条异议撤回」。',
    ].join('\n'),
  whichToExplain: (visits: StoredVisit[], today: LocalDate, matched: boolean) =>
    [
      matched ? '有几条异议符合，请说明是哪一天的：' : '没有找到您说的那条异议。您服务的企业待核实的异议有：',
      ...visits.map((v) => `· ${v.disputeNo ?? ''} ${partyLine(v, today)}`),
      '请连同日期再说一次，例如「20号那条我确实去了，有照片」。',
    ].join('\n'),
  confirmWithdrawal: (visit: StoredVisit, today: LocalDate) =>
    [
      `要撤回对这条服务记录的异议吗？${visit.disputeNo ?? ''}`,
      partyLine(visit, today),
      '撤回后这条记录按已确认计入服务次数和天数，服务站不再核实。回复「是」撤回，回复「不是」保留异议。',
    ].join('\n'),
  withdrawn: (visit: StoredVisit, checker: string | null, today: LocalDate) =>
    `已撤回异议${visit.disputeNo ? ` ${visit.disputeNo}` : ''}：${partyLine(visit, today, false)}。这条记录已确认，计入服务次数和天数；已告知${visit.reporterName}老师${checker ? `和${checker}` : ''}。`,
  notWithdrawn: '好的，异议保留，仍由服务站核实。',
  alreadyResolved: '这条异议已经不在待核实状态（可能已由服务站核实），没有撤回。如需更正请联系所在设区市服务站。',
  /** The specialist's account of a disputed visit, offered to be passed to whoever checks it. */
  offerAccount: (visit: StoredVisit, checker: string, today: LocalDate) =>
    [
      `要把您的说明转给${checker}吗？他们正在核实这条异议：`,
      `${visit.disputeNo ?? ''} ${partyLine(visit, today)}`,
      '回复「是」转交，回复「不是」不转。照片、签到记录等可以直接发给服务站。',
    ].join('\n'),
  /** What the checker receives: which dispute it is about, then the specialist's words. */
  /** Short before the words, so a long account is not cut (a passed-on message is clipped at its end). */
  account: (visit: StoredVisit, text: string, today: LocalDate) =>
    `关于异议${visit.disputeNo ? ` ${visit.disputeNo}` : ''}（${dateLabel(visit.date, today)} ${visit.enterpriseShortName}）的说明：${text}`,
  noChecker: '所在设区市和自治区工作办都还没有登记工作人员，无法转交。请直接联系服务站。',
};
