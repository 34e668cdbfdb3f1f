import type { LocalDate } from '../../common/local-date.js';
import type { OutcomeDraft, OutcomeMissing } from '../../domain/outcomes/outcome-draft.js';
import type { OutcomeRefusal } from '../../domain/outcomes/outcome-service.js';
import { describeOutcome, outcomeDateLabel } from '../../domain/outcomes/outcome-text.js';
import {
  IP_KIND_LABELS,
  IP_KINDS,
  type IpKind,
  OUTCOME_KIND_LABELS,
  type StoredOutcome,
  TRANSFER_FORM_LABELS,
  TRANSFER_FORMS,
} from '../../domain/outcomes/types.js';
import type { Posting } from '../../domain/visits/visit-ledger.js';
import { monthsSaid } from '../text.js';

const STATUS: Record<StoredOutcome['status'], string> = {
  REPORTED: '待企业确认',
  CONFIRMED: '企业已确认',
  DISPUTED: '企业有异议',
};

/** One outcome in a list: 「11月30日 龙城齿轮 科技项目「…」（自治区级，立项）」. */
export const outcomeLine = (outcome: StoredOutcome, today: LocalDate) =>
  `${outcomeDateLabel(outcome, today)} ${outcome.enterpriseShortName} ${describeOutcome(outcome)}`;

/** How a correction of each kind of outcome is said, as the example after it is recorded. */
const EDIT_EXAMPLE: Record<StoredOutcome['kind'], string> = {
  PROJECT: '「修改 名称《…》」',
  TRANSFER: '「修改 金额 30万」',
  IP: '「修改 数量 2」',
  TRAINING: '「修改 人数 40」',
  RD_ACCOUNTING: '「修改 日期 11月20日」',
  RD_INSTITUTION: '「修改 日期 11月20日」',
};

/**
 * A change that cannot be read of an outcome of this kind: a sum for anything but a transfer (「修改 金额 60万」 of a
 * project) is said to have no place, and the examples are this kind's own.
 */
export function unreadableChange(kind: StoredOutcome['kind'], value: string): string {
  const examples = `例如${EDIT_EXAMPLE[kind]}${kind === 'RD_ACCOUNTING' || kind === 'RD_INSTITUTION' ? '' : '「修改 日期 11月20日」'}`;
  // 「有3月有8月的 还有一个10月」: one record keeps one date.
  if (monthsSaid(value).size > 1)
    return `「${value}」有几个日期，一条成果记录只记一个日期：请先回复其中一个日期，再用「修改 数量 N」改成那天的件数，其余的另报一条。`;
  if (kind !== 'TRANSFER' && /金额|经费|资金|\d\s*万|[万千百]元|块钱/.test(value))
    return `${OUTCOME_KIND_LABELS[kind]}没有金额这一项：成果记录只记成果转化的合同金额，项目经费等不记。要改别的，${examples}。`;
  return `看不懂「${value}」要改成什么，${examples}。`;
}

export const outcomeReplies = {
  /** 「11月 龙城齿轮 发明专利1件（授权），孙建立报备」: an outcome as someone else reported it. */
  reportedBy: (outcome: StoredOutcome, today: LocalDate) =>
    `${outcomeLine(outcome, today)}，${outcome.reporterName}报备（${STATUS[outcome.status]}）`,
  /** This year's outcomes, one a line with who reported it and where it stands (the latest 30 when there are more). */
  listed: (outcomes: StoredOutcome[], today: LocalDate) =>
    outcomes.length === 0
      ? `今年还没有成果记录。报备成果直接发消息即可，例如「龙城齿轮昨天授权了1件发明专利」。`
      : [
          `${today.slice(0, 4)}年的成果记录（共${outcomes.length}条）：`,
          ...outcomes.slice(-30).map((o) => `· ${outcomeReplies.reportedBy(o, today)}`),
          ...(outcomes.length > 30 ? [`（只列出最近的30条）`] : []),
        ].join('\n'),
  /**
   * An official's view: the scope's outcomes of the year counted by where they stand, the latest 30 listed, each
   * dispute with the enterprise's reason; or only the disputes still standing.
   */
  ofScope(scope: string, outcomes: StoredOutcome[], today: LocalDate, disputed: boolean): string {
    const line = (o: StoredOutcome) =>
      `· ${outcomeReplies.reportedBy(o, today)}${o.status === 'DISPUTED' && o.statusNote ? `\n  异议：${o.statusNote}` : ''}`;
    if (disputed)
      return outcomes.length === 0
        ? `${scope}目前没有企业有异议的成果记录。`
        : [
            `${scope}企业有异议的成果记录（${outcomes.length}条，不计入目标进展）：`,
            ...outcomes.slice(-30).map(line),
            '成果记录由报备的科技特派员更正（「修改 …」）或撤销；请督促其与企业核对。',
          ].join('\n');
    if (outcomes.length === 0) return `${scope}${today.slice(0, 4)}年还没有成果记录。`;
    const count = (status: StoredOutcome['status']) => outcomes.filter((o) => o.status === status).length;
    return [
      `${scope}${today.slice(0, 4)}年的成果记录（共${outcomes.length}条：企业已确认${count('CONFIRMED')}条，待企业确认${count('REPORTED')}条，企业有异议${count('DISPUTED')}条）：`,
      ...outcomes.slice(-30).map(line),
      ...(outcomes.length > 30 ? [`（只列出最近的30条）`] : []),
    ].join('\n');
  },
  askSame: (earlier: string, figuresDiffer = false) =>
    `未记录：已有一条相近的成果记录：\n· ${earlier}\n是同一项成果吗？回复「是」不重复记录；回复「不是」另记一条。${
      figuresDiffer
        ? '\n（两条的数量或金额不一样：如果是同一项、原记录的数字有误，回复「是」后请科技特派员修改；企业已确认的，请联系所在设区市服务站更正。）'
        : ''
    }`,
  askProgressed: (earlier: string) =>
    `未记录：这个项目之前报备过申报：\n· ${earlier}\n是这一项现在立项了吗？回复「是」把它改为立项（不另记一条）；回复「不是」另记一条。`,
  sameKept: (earlier: string) => `好的，不重复记录，成果以已有的这条为准：${earlier}。`,

  severalIpKinds: (kinds: IpKind[]) =>
    `未记录：这条消息说了${kinds.map((kind) => IP_KIND_LABELS[kind]).join('、')}几种知识产权。一条成果记一种，请每种分开发一条，例如「龙城齿轮的${IP_KIND_LABELS[kinds[0] as IpKind]}昨天授权了1件」。`,

  /** Several outcomes in one message: each as said, to be sent one at a time. */
  severalOutcomes: (told: string[]) =>
    [
      `未记录：这条消息说了${told.length}项成果，一条成果记录只记一项，请每项分开发一条：`,
      ...told.map((what) => `· ${what}`),
    ].join('\n'),

  /** Several enterprises' outcomes in one message: one example each, as it would be told of that one alone. */
  eachEnterprise: (each: { posting: Posting; told: string }[]) =>
    [
      `未记录：这条消息说了${each.map(({ posting }) => posting.shortName ?? posting.enterpriseName).join('、')}各自的成果。一条成果记一家企业，请每家分开发一条，例如：`,
      ...each.map(({ told }) => `「${told}」`),
    ].join('\n'),

  ask(missing: OutcomeMissing, draft: OutcomeDraft, postings: Posting[]): string {
    const kind = OUTCOME_KIND_LABELS[draft.kind];
    switch (missing) {
      case 'enterprise':
        return [
          `收到，这是哪家企业的${kind}？回复序号或企业名称：`,
          ...postings.map((p, i) => `${i + 1}. ${p.shortName ?? p.enterpriseName}`),
        ].join('\n');
      case 'date':
        return draft.kind === 'PROJECT'
          ? '请问是哪天（或哪个月）的事？例如「11月20日」「上个月」。'
          : `请问这项${kind}是哪天（或哪个月）的？例如「11月20日」「上个月」。`;
      case 'stage':
        return draft.kind === 'IP'
          ? '是已经提交申请，还是已经授权（拿到证书）？'
          : '这个项目是已申报、已立项，还是企业参与的项目？';
      case 'level':
        return '这个项目是哪一级的？国家级、自治区级、市级，还是企业自立项目？';
      case 'title':
        return '项目名称是什么？';
      case 'form':
        return `成果是以什么方式转化的？${TRANSFER_FORMS.map((f) => TRANSFER_FORM_LABELS[f]).join('、')}？`;
      case 'ipKind':
        return `是哪一类知识产权？${IP_KINDS.map((k) => IP_KIND_LABELS[k]).join('、')}？`;
      case 'quantity':
        // 「30多个吧」: only a figure is recorded, so it is asked for, saying why.
        if (draft.uncounted) {
          const unit = draft.kind === 'TRAINING' ? '人数' : '件数';
          return `${draft.roughCount ? `「${draft.roughCount}」是个大概的数，` : ''}成果要记确切的${unit}，不能按估计的数记。可以看看${
            draft.kind === 'TRAINING' ? '签到表或培训照片' : '受理通知书或证书'
          }再回复${unit}（例如「${draft.kind === 'TRAINING' ? '35' : '2'}」）；一时查不到的，回复「取消」，有了确切${unit}再报。`;
        }
        return `${draft.roughCount ? `「${draft.roughCount}」是个大概的数，成果要记确切的${draft.kind === 'TRAINING' ? '人数' : '件数'}。` : ''}${
          draft.kind === 'TRAINING'
            ? '这次培训有多少人参加？请回复人数，例如「35」。'
            : draft.stage === 'GRANTED'
              ? '已经授权的有几件？请回复数字，例如「2」。'
              : draft.stage === 'APPLIED'
                ? '已经提交申请的有几件？请回复数字，例如「2」。'
                : '一共几件？请回复数字，例如「2」。'
        }`;
    }
  },

  recorded(outcome: StoredOutcome, today: LocalDate): string {
    const lines = [`已记录成果：${outcomeLine(outcome, today)}。`];
    lines.push(
      outcome.status === 'CONFIRMED'
        ? '由企业报备，计入目标进展。'
        : `已发给企业联系人确认；24小时内可回复「撤销」或「修改 …」更正（例如${EDIT_EXAMPLE[outcome.kind]}）。`,
    );
    return lines.join('\n');
  },

  refused(refusal: OutcomeRefusal, today: LocalDate): string {
    switch (refusal.code) {
      case 'not-allowed':
        return '成果由科技特派员或企业联系人报备。';
      case 'no-postings':
        return refusal.contact
          ? '贵单位目前没有进行中的派驻，无法记录成果。'
          : '您目前没有进行中的派驻，无法记录成果。';
      case 'plan':
        return '这件事还没有发生，成果请在完成后报备（例如立项、授权、签约之后）。';
      case 'future':
        return `${refusal.date ? outcomeDateLabel({ date: refusal.date, monthOnly: false }, today) : '这个日期'}还没到，成果请在发生后报备。`;
      case 'not-posted':
        return `${refusal.enterprise ? `「${refusal.enterprise}」` : '这家企业'}不是科技特派员派驻的企业：这里只记派驻企业的成果。`;
      case 'before-posting':
        return `派驻从${refusal.start}开始，之前的成果不计入本次派驻。`;
      case 'after-posting':
        return `派驻已于${refusal.end}结束，之后的成果不计入本次派驻。`;
      case 'duplicate':
        return `这项成果已经报备过了（${refusal.outcome.reporterName}）：${outcomeLine(refusal.outcome, today)}，无需重复报备。`;
      case 'nothing-to-amend':
        return '没有可以修改的成果记录（只能修改24小时内报备的最近一条）。';
      case 'unchanged':
        return `成果记录里已经是这样：${outcomeLine(refusal.outcome, today)}。如要改别的，例如「修改 状态 申请」「修改 数量 2」。`;
      case 'unreadable-value':
        return unreadableChange(refusal.of, refusal.value);
      case 'other-enterprise':
        return `成果记录的企业不能直接改：${outcomeLine(refusal.outcome, today)}。如果这项成果是${refusal.enterprise}的，请回复「撤销」撤掉这条，再以${refusal.enterprise}重新报备。`;
    }
  },

  /** A transfer's sum said roughly: not recorded as its amount. */
  roughSum: (said: string) =>
    `「${said}」是约数，金额没有记录（合同金额按合同填写）。确定后请在24小时内回复「修改 金额 …万」补上。`,
  undone: (outcome: StoredOutcome, today: LocalDate) => `已撤销成果记录：${outcomeLine(outcome, today)}。`,
  /** An enterprise contact with no outcome of their own to undo or correct: what they may, and may not, change. */
  notYoursToChange: (verb: '撤销' | '修改') =>
    `只有科技特派员可以${verb}自己报备的服务记录；您24小时内没有报备过可以${verb}的成果。服务记录如有出入，请回复「有异议 原因」。`,
  nothingToAmend: '没有可以修改的成果记录（只能修改24小时内报备的最近一条成果）。服务记录没有改动。',
  notTheCountNamed: (outcome: StoredOutcome, count: string, today: LocalDate) =>
    `没有${count}的那条可以撤销：最近的是${outcomeLine(outcome, today)}（已改过的记录只保留一条）。没有撤销任何记录；要撤销这条请回复「撤销」。`,
  /** 「把齿轮箱降噪那个项目删了」 when the latest outcome is another. */
  notTheOneNamed: (verb: '撤销' | '修改', outcome: StoredOutcome, today: LocalDate) =>
    `您说的那项不是最近报备的成果：最近的是${outcomeLine(outcome, today)}。没有${verb}任何记录（只能${verb}24小时内报备的最近一条成果，更早的请联系设区市服务站）；要${verb}这条请直接回复「${verb === '撤销' ? '撤销' : '修改 …'}」。`,
  nothingToUndo: '没有可以撤销的这项成果（只能撤销24小时内报备的最近一条成果）。服务记录没有改动。',
  cancelled: '已取消本次成果报备，没有记录。',
  status: (outcome: StoredOutcome) => STATUS[outcome.status],
};
