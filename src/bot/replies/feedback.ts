import { dateInShanghai, daysBetween, type LocalDate, shanghaiDateTime } from '../../common/local-date.js';
import { clip } from '../../common/text-chunks.js';
import { OFFICE_AFTER_WORKING_DAYS, STATION_AFTER_WORKING_DAYS } from '../../domain/feedback/answer-deadlines.js';
import type { FeedbackRefusal } from '../../domain/feedback/feedback-service.js';
import {
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_STATUS_LABELS,
  holderOf,
  latestAnswer,
  reopenReason,
  SUPPLEMENT_MARK,
  supplementsOf,
  type Ticket,
} from '../../domain/feedback/types.js';
import type { PersonRole } from '../../domain/programme/types.js';
import { type Posting, postingName } from '../../domain/visits/visit-ledger.js';

const name = postingName;

/** A ticket on one line, with its latest answer under it (and, for officials, its enterprise). */
function ticketLine(t: Ticket, enterprise: string | null = null): string {
  const answer = latestAnswer(t);
  // Raised to the office and not answered since: where it is now, so the enterprise does not think it stalled.
  const raised =
    t.escalation && (t.status === 'SUBMITTED' || t.status === 'IN_PROGRESS') ? '（已上报自治区工作办）' : '';
  return `· ${t.ticketNo}【${FEEDBACK_STATUS_LABELS[t.status]}】${raised}${enterprise ? `${enterprise}｜` : ''}${clip(t.text)}${answer ? `\n  最新答复（${answer.authorName}）：${answer.text}` : ''}`;
}

/** Waiting for an answer: submitted or in progress. */
const unanswered = (t: Ticket) => t.status === 'SUBMITTED' || t.status === 'IN_PROGRESS';

/** What the enterprise or filer added to a ticket, one indented line each, with who added it. */
const supplementLines = (ticket: Ticket) =>
  supplementsOf(ticket).map((r) => `  ${r.text.replace(SUPPLEMENT_MARK, `补充（${r.authorName}）：`)}`);

/**
 * What a handler must see in a to-do line besides the question: that the enterprise found the last answer wanting and
 * why (with that answer), and what it added since filing.
 */
function todoNotes(ticket: Ticket): string {
  const reopened = reopenReason(ticket);
  const answer = latestAnswer(ticket);
  const lines = supplementLines(ticket);
  if (reopened !== null && answer)
    lines.unshift(`  企业对答复不满意，重新打开：${clip(reopened, 40)}（上次答复：${clip(answer.text, 30)}）`);
  return lines.length > 0 ? `\n${lines.join('\n')}` : '';
}

/** What an official's action on a ticket is called in a question about it. */
const ACTION_LABELS = { reply: '答复', progress: '标记处理中', close: '关闭' } as const;

export const feedbackReplies = {
  filed: (ticket: Ticket) =>
    [
      `已提交政策反馈，编号 ${ticket.ticketNo}。`,
      `类别：${FEEDBACK_CATEGORY_LABELS[ticket.category]}`,
      `已转${holderOf(ticket)}处理${ticket.stationStaffed ? '，自治区工作办可查看' : ''}；有答复会第一时间通知您。`,
      '回复「我的反馈」查看进展。',
    ].join('\n'),

  /** A message that listed several problems: one ticket each. */
  filedSeveral: (tickets: Ticket[]) =>
    [
      `已按${tickets.length}个问题分别提交政策反馈：`,
      ...tickets.map((t) => `· ${t.ticketNo}（${FEEDBACK_CATEGORY_LABELS[t.category]}）${clip(t.text, 30)}`),
      `已转${tickets[0] ? holderOf(tickets[0]) : '设区市服务站'}处理，每条分别答复；回复「我的反馈」查看进展。`,
    ].join('\n'),

  confirmFiling: (text: string) => `要作为政策反馈提交吗？\n「${clip(text, 60)}」\n回复「是」提交，回复「否」不提交。`,

  notFiled: '好的，没有提交。',

  chooseEnterprise: (postings: Posting[]) =>
    [
      '请问是为哪家企业反馈？回复序号或企业名称：',
      ...postings.map((p, i) => `${i + 1}. ${name(p)}`),
      '（回复「取消」放弃）',
    ].join('\n'),

  nothingToForward: '没有可以转为反馈的问题：「转反馈」用于把刚才没能回答的政策问题交给工作人员（30分钟内有效）。',

  acted: (ticket: Ticket, status: Ticket['status']) =>
    `反馈 ${ticket.ticketNo} 已更新为「${FEEDBACK_STATUS_LABELS[status]}」，已通知企业${status === 'ANSWERED' || status === 'CLOSED' ? '' : '联系人'}。`,

  escalated: (ticket: Ticket) =>
    `已将反馈 ${ticket.ticketNo}（${ticket.enterpriseName}）上报自治区工作办，已通知工作办和企业；工作办答复后会同时告诉您。`,

  /** Which open ticket to raise, when the station said so without its number. */
  chooseToEscalate: (tickets: Ticket[]) =>
    [
      '要上报工作办的是哪一条反馈？回复序号或编号：',
      ...tickets.map((t, i) => `${i + 1}. ${t.ticketNo} ${t.enterpriseName}｜${clip(t.text, 30)}`),
      '（回复「取消」放弃）',
    ].join('\n'),

  confirmEscalation: (ticket: Ticket, reason: string) =>
    `要把反馈 ${ticket.ticketNo}（${ticket.enterpriseName}｜${clip(ticket.text, 30)}）上报自治区工作办吗？\n上报说明：「${clip(reason, 60)}」\n回复「是」上报，回复「否」不上报。`,

  /** An action on a ticket said without its number: the one ticket meant, confirmed first. */
  confirmAction: (ticket: Ticket, action: 'reply' | 'progress' | 'close', text: string) =>
    `${action === 'progress' ? '要把' : `要${ACTION_LABELS[action]}`}反馈 ${ticket.ticketNo}（${ticket.enterpriseName}｜${clip(ticket.text, 30)}）${action === 'progress' ? '标记为「处理中」' : ''}吗？${
      action === 'reply' ? `\n答复内容：「${clip(text, 200)}」` : text ? `\n说明：「${clip(text, 60)}」` : ''
    }\n回复「是」${action === 'reply' ? '发送给企业' : '确定'}，回复「否」不${ACTION_LABELS[action]}。`,
  chooseToActOn: (tickets: Ticket[], action: 'reply' | 'progress' | 'close') =>
    [
      `要${ACTION_LABELS[action]}的是哪一条反馈？回复序号或编号：`,
      ...tickets.map((t, i) => `${i + 1}. ${t.ticketNo} ${t.enterpriseName}｜${clip(t.text, 30)}`),
      '（回复「取消」放弃）',
    ].join('\n'),
  notAmongOpen: (number: string) =>
    `待您处理的反馈里没有编号以 ${number} 结尾的（可能已答复或已关闭）。回复「待办」查看待处理的反馈。`,
  answerMissing: '没有看到答复内容：请在编号后写上要告诉企业的话，例如「回复 FK-2026-0007、0008 已转高新处统一处理」。',
  severalNamed: (ticketNos: string[], text: string) =>
    `这段话说的是${ticketNos.length}条反馈（${ticketNos.join('、')}），没有答复任何一条。要给它们同一个答复，请发「回复 ${ticketNos.join('、')} ${clip(text, 60) || '答复内容'}」。`,
  nothingToActOn: '目前没有待您处理的政策反馈。回复「待办」查看，或用「回复 编号 答复内容」处理指定的反馈。',
  notActed: '好的，没有处理，反馈保持原状。',

  nothingToEscalate: '本市目前没有待处理、未上报的政策反馈，没有可以上报工作办的。',
  notEscalated: '好的，没有上报。',

  /** Which ticket to take back, when not named; or whether the only open one is meant. */
  chooseToWithdraw: (tickets: Ticket[]) =>
    [
      '要撤回的是哪一条反馈？回复序号或编号：',
      ...tickets.map((t, i) => `${i + 1}. ${t.ticketNo}｜${clip(t.text, 30)}`),
      '都撤回请回复「都撤」（回复「取消」放弃）',
    ].join('\n'),
  confirmWithdrawal: (ticket: Ticket) =>
    `要撤回反馈 ${ticket.ticketNo}（${clip(ticket.text, 30)}）吗？撤回后${holderOf(ticket)}不再处理。\n回复「是」撤回，回复「否」保留。`,
  withdrawn: (ticket: Ticket) => `已撤回反馈 ${ticket.ticketNo}，已告诉${holderOf(ticket)}不用再处理。`,
  nothingToWithdraw: '您目前没有办理中的政策反馈，没有可以撤回的。发「我的反馈」查看全部。',
  notWithdrawn: '好的，反馈保留，服务站会继续处理。',

  /** Which ticket to add to, when not named and several wait for an answer. */
  chooseToSupplement: (tickets: Ticket[]) =>
    [
      '要补充到哪一条反馈？回复序号或编号：',
      ...tickets.map((t, i) => `${i + 1}. ${t.ticketNo}｜${clip(t.text, 30)}`),
      '（回复「取消」放弃）',
    ].join('\n'),
  askSupplement: (ticket: Ticket) =>
    `要给反馈 ${ticket.ticketNo}（${clip(ticket.text, 30)}）补充什么？请直接发补充的内容。（回复「取消」放弃）`,
  supplemented: (ticket: Ticket) =>
    `已补充到反馈 ${ticket.ticketNo}（${clip(ticket.text, 30)}），并转告${holderOf(ticket)}。`,
  /** 「那到时候没到账还找你们吗」 after an answer: how to have the ticket taken up again. */
  ifStillNotDone: (ticketNo: string | null) =>
    `不客气。如果到时候问题还没解决，直接回复「不满意 ${ticketNo ?? '编号'} 原因」，这条反馈会重新打开、交工作人员再办，不用重新提交${ticketNo ? '' : '（编号见「我的反馈」）'}。`,
  nothingToSupplement: '您目前没有等待答复的政策反馈可以补充（对答复不满意请发「不满意 编号 原因」）。',
  notSupplemented: '好的，没有补充。',

  /** 「不满意 …」 without a number, with no answer or several answers it could be about. */
  whichToReopen: (answered: Ticket[], reason: string) =>
    answered.length === 1 && answered[0]
      ? `是对反馈 ${answered[0].ticketNo}（${clip(answered[0].text, 20)}）的答复不满意吗？${reason ? `回复「是」重新打开、交${holderOf(answered[0])}再办，回复「不是」不打开。` : `要重新打开、交${holderOf(answered[0])}再办，请回复「不满意 ${answered[0].ticketNo} 原因」。`}`
      : answered.length === 0
        ? '贵企业近7天没有收到答复的反馈，不能重新打开；如有新的问题，请发「反馈：具体问题」。'
        : [
            '是对哪条反馈的答复不满意？请带上编号重发，例如：',
            ...answered.map((t) => `「不满意 ${t.ticketNo} ${reason || '原因'}」（${clip(t.text, 20)}）`),
          ].join('\n'),

  notReopened: '好的，反馈没有重新打开。',
  reopened: (ticket: Ticket) => `反馈 ${ticket.ticketNo} 已重新打开，并转${holderOf(ticket)}再次处理。`,

  mine(tickets: Ticket[], role: PersonRole, today: LocalDate): string {
    const station = role === 'CITY_OFFICIAL';
    if (tickets.length === 0)
      return station
        ? '本站还没有上报工作办的政策反馈。发「待办」查看本市待处理的反馈。'
        : role === 'REGION_OFFICIAL'
          ? '工作办不提交政策反馈。发「待办」查看待处理的反馈（服务站上报的在前）。'
          : '还没有提交过政策反馈。遇到政策落实问题，可以直接发「反馈：具体问题」。';
    const open = tickets.filter(unanswered);
    // How long each open ticket has waited, and what the service does about a long wait: 「超期了还没人回」 is answered.
    const waits = (t: Ticket) => {
      const days = daysBetween(dateInShanghai(t.waitingSince), today);
      return unanswered(t) && days > 0 ? `\n  已等待${days}天，尚未答复` : '';
    };
    return [station ? '本站上报工作办的政策反馈：' : '您的政策反馈：']
      .concat(tickets.map((t) => `${ticketLine(t)}${station ? '' : waits(t)}`))
      .concat(
        open.length > 0 && !station
          ? [
              `未答复超过${STATION_AFTER_WORKING_DAYS}个工作日的反馈，系统每天提醒办理的服务站（已上报的提醒工作办）；超过${OFFICE_AFTER_WORKING_DAYS}个工作日的，自治区工作办也会收到提醒。有新情况可回复「补充 编号 内容」。`,
            ]
          : [],
      )
      .join('\n');
  },

  /** One ticket asked after by its number: where it stands, who has it, the latest answer. */
  one(ticket: Ticket, role: PersonRole): string {
    const official = role === 'CITY_OFFICIAL' || role === 'REGION_OFFICIAL';
    const holder = ticket.escalation
      ? `${ticket.cityName}服务站已于${shanghaiDateTime(ticket.escalation.at)}上报自治区工作办${official ? `（${ticket.escalation.byName}：${ticket.escalation.reason}）` : ''}`
      : `由${holderOf(ticket)}办理`;
    const open = ticket.status === 'SUBMITTED' || ticket.status === 'IN_PROGRESS';
    return [
      ticketLine(ticket, official ? ticket.enterpriseName : null),
      ...supplementLines(ticket),
      `  ${holder}${open ? '，尚未答复' : ''}。`,
    ].join('\n');
  },

  todo(tickets: Ticket[], official: 'CITY_OFFICIAL' | 'REGION_OFFICIAL'): string {
    if (tickets.length === 0) return '目前没有待处理的政策反馈。';
    return [`待处理的政策反馈（${tickets.length}条，最早的在前）：`]
      .concat(
        tickets.map(
          (t) =>
            `· ${t.ticketNo}【${FEEDBACK_STATUS_LABELS[t.status]}】${t.enterpriseName}｜${FEEDBACK_CATEGORY_LABELS[t.category]}｜${clip(t.text)}${todoNotes(t)}${
              t.escalation
                ? `\n  ${t.cityName}服务站已上报工作办（${t.escalation.byName}：${clip(t.escalation.reason, 30)}）`
                : ''
            }`,
        ),
      )
      .concat(
        '回复「回复 编号 答复内容」「处理中 编号」「关闭 编号」处理' +
          (official === 'CITY_OFFICIAL' ? '；本站解决不了的，「上报 编号 原因」交自治区工作办。' : '。'),
      )
      .join('\n');
  },

  rated: (posting: Posting, score: number) => `感谢评价！已记录对${name(posting)}本年度派驻服务的评分：${score}分。`,
  notAnOfficial: '只有设区市服务站和自治区工作办的工作人员可以查看待办反馈。',
  askText: '请说说要反馈的政策落实问题，我会提交给工作人员处理。（回复「取消」放弃）',
  notYourPosting: (name: string) => `未提交：只能为您派驻的企业提交反馈，「${name}」不是。`,

  refused(refusal: FeedbackRefusal): string {
    switch (refusal.code) {
      case 'too-short':
        return '反馈内容太短，请具体说明遇到的问题。';
      case 'too-long':
        return `反馈内容请控制在${refusal.max}字以内。`;
      case 'no-postings':
        return '您目前没有派驻企业，无法代企业提交反馈。';
      case 'not-your-enterprise':
        return '只能为您派驻的企业提交反馈。';
      case 'not-a-filer':
        return '政策反馈由企业联系人或其科技特派员提交。';
      case 'unknown-enterprise':
        return '找不到该企业。';
      case 'ticket-not-found':
        return `找不到反馈 ${refusal.ticketNo}，请核对编号。`;
      case 'not-your-city':
        return `反馈 ${refusal.ticketNo} 由${refusal.cityName}服务站或自治区工作办处理，您无权操作。`;
      case 'closed':
        return `反馈 ${refusal.ticketNo} 已关闭。`;
      case 'answer-needed':
        return `请写上答复内容，例如「回复 ${refusal.ticketNo} 已协调税务部门，下周办理」。`;
      case 'answer-too-long':
        return `答复请控制在${refusal.max}字以内。`;
      case 'wrong-status':
        return `反馈 ${refusal.ticketNo} 当前状态为${FEEDBACK_STATUS_LABELS[refusal.status]}。`;
      case 'close-needs-note':
        return `反馈 ${refusal.ticketNo} 还没有答复：请先「回复 ${refusal.ticketNo} 答复内容」，或写明办结说明「关闭 ${refusal.ticketNo} 说明」。`;
      case 'not-your-ticket':
        return `找不到贵企业的反馈 ${refusal.ticketNo}，请核对编号。`;
      case 'reason-needed':
        return `请说明对 ${refusal.ticketNo} 的答复不满意的原因，直接回复即可，例如「问题仍未解决」。（回复「取消」不重新打开）`;
      case 'answered-already':
        return `反馈 ${refusal.ticketNo} 已经答复了，不能再补充。对答复不满意请发「不满意 ${refusal.ticketNo} 原因」重新打开；新的问题请直接发「反馈：具体问题」。`;
      case 'not-answered-yet':
        return `反馈 ${refusal.ticketNo} 还没有答复，服务站正在处理。`;
      case 'reopen-too-late':
        return `反馈 ${refusal.ticketNo} 答复已超过7天，不能重新打开；如仍有问题，请提交新的反馈。`;
      case 'changed-meanwhile':
        return `反馈 ${refusal.ticketNo} 的状态刚刚被其他人更新，请查看后重试。`;
      case 'not-a-contact':
        return '评价由派驻企业的联系人提交。';
      case 'score-range':
        return '评分为1到5分，例如「评价 5 服务很好」。';
      case 'no-posting':
        return '贵企业目前没有进行中的派驻，无法评价。';
      case 'several-postings':
        return '贵企业有多个派驻，请联系设区市服务站评价。';
      case 'already-rated':
        return `贵企业${refusal.year}年已经评价过本次派驻，每年评价一次。`;
      case 'not-a-station':
        return '上报工作办由设区市服务站操作；工作办可直接「回复 编号 答复内容」答复企业。';
      case 'already-escalated':
        return `反馈 ${refusal.ticketNo} 已于${shanghaiDateTime(refusal.at)}上报工作办，不用再报。`;
      case 'escalation-reason-needed':
        return `请写上上报原因，例如「上报 ${refusal.ticketNo} 涉及跨部门协调，本站无法答复」。`;
    }
  },
};
