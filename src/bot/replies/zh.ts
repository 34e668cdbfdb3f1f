import { clip } from '../../common/text-chunks.js';
import { CHANNEL_LABELS, type Channel, type Person, type PersonRole } from '../../domain/programme/types.js';
import type { Quota } from '../../domain/progress/quota.js';
import type { CommandName } from '../commands.js';
import type { SmallTalk } from '../router.js';

const CHANNEL_NAMES = CHANNEL_LABELS;

/** What a question the bot waits on is about. */
export type PendingTopic =
  | 'reopen'
  | 'visit'
  | 'outcome'
  | 'feedback'
  | 'supplement'
  | 'relay'
  | 'dispute'
  | 'undo'
  | 'resolve'
  | 'escalate'
  | 'act'
  | 'withdraw'
  | 'withdraw-dispute'
  | 'amend';

const COMMON_HELP = ['· 政策咨询：直接提问，如「科技特派员每年至少服务多少天？」'];

const HELP_BY_ROLE: Record<PersonRole, string[]> = {
  SPECIALIST: [
    '· 服务报备：像平时说话一样发送，如「今天在龙城齿轮技术攻关1天，调试热处理工艺」',
    '· 查看进度：发送「我的进度」，查看每个派驻企业本年度的走访次数和服务天数（每年至少{visits}次、{days}天）',
    '· 服务报备后10分钟内发送现场照片，作为佐证材料；「撤销」「修改 天数 半天」更正最近一条',
    '· 成果报备：如「龙城齿轮昨天授权了1件发明专利」，发送「我的成果」查看本年度的成果记录',
    '· 代企业反馈：发送「帮企业反馈：……」，「我的反馈」查看办理情况',
    '· 转告企业：如「帮我跟孙经理说一下明天上午过去」，确认后我会转告企业联系人',
  ],
  ENTERPRISE_CONTACT: [
    '· 政策反馈：发送「反馈：……」，反映政策落实中遇到的问题，可跟踪办理结果；要补充情况的，发「补充 编号 内容」；问题已解决的，发「撤回 编号」撤回',
    '· 服务情况：发送「服务情况」，查看科技特派员本年度的服务进度',
    '· 确认服务：收到服务记录后回复「确认」或「有异议 原因」；「待确认」查看待确认的记录',
    '· 我的反馈：查看反馈的办理进度和答复；对答复不满意可回复「不满意 编号 原因」',
    '· 年度评价：发送「评价 5 服务很好」（1–5分，每年一次）',
    '· 找特派员：直接说，如「请陈老师下周来一趟」，我会转告派驻贵单位的老师',
  ],
  CITY_OFFICIAL: [
    '· 待办：发送「待办」，查看本市待处理的政策反馈和服务记录异议；「回复 FK-2026-0001 内容」「处理中 编号」「关闭 编号」处理',
    '· 上报工作办：本站解决不了的反馈，发送「上报 FK-2026-0001 原因」交自治区工作办，工作办答复后也会通知您',
    '· 核实异议：「核实 YY-2026-0001 属实」或「核实 YY-2026-0001 不属实 原因」（核实前该记录不计入服务次数和天数）',
    '· 本市进度：发送「服务情况」，查看本市各派驻企业的服务进度；「本市有哪些特派员」查看名单',
    '· 提醒特派员：如「提醒一下陈思远老师……」或「通知本市所有特派员：……」，确认后我会转告',
    '· 年度考核：发送「考核结果」查看本市各派驻的得分和等级；「确认考核 企业名」确认，「考核 企业名 调整为 合格 原因」调整',
  ],
  REGION_OFFICIAL: [
    '· 待办：发送「待办」，查看全区待处理的政策反馈和服务记录异议（服务站上报的在前）；「回复 编号 内容」「处理中 编号」「关闭 编号」处理',
    '· 核实异议：「核实 YY-2026-0001 属实」或「核实 YY-2026-0001 不属实 原因」',
    '· 全区进度：发送「服务情况」，查看各设区市的服务进度；「玉林的特派员都有谁」查看名单',
    '· 通知特派员：如「通知所有特派员：……」「催一下玉林的特派员」，确认后我会转告',
    '· 年度考核：发送「考核结果」查看全区各派驻的得分和等级，可确认或调整',
  ],
  ADMIN: ['· 名册与配置请通过管理接口维护'],
};

const ROLE_NAMES: Record<PersonRole, string> = {
  SPECIALIST: '科技特派员',
  ENTERPRISE_CONTACT: '企业联系人',
  CITY_OFFICIAL: '设区市服务站工作人员',
  REGION_OFFICIAL: '自治区工作办工作人员',
  ADMIN: '管理员',
};

const HELP_TOPICS = {
  report: [
    '报备服务像平时说话一样发一句话就行，写清：哪天、哪家企业、做了什么、几天。',
    '例如「昨天在龙城齿轮技术攻关1天，调试热处理工艺」。缺什么我会问您；报错了24小时内回复「撤销」或「改一下，天数应该是2天」。',
  ],
  feedback: [
    '政策落实中遇到问题，直接发「反馈：具体问题」，会转给所在设区市服务站处理，有答复会通知您。',
    '「我的反馈」查看办理进度；对答复不满意，7天内回复「不满意 编号 原因」。',
  ],
  progress: [
    '发送「我的进度」（企业发「服务情况」）查看本年度走访次数和服务天数，每个派驻企业每年至少{visits}次、{days}天。',
  ],
  rate: [
    '派驻企业的联系人每年可评价一次本企业的派驻服务：发送「评价 5 服务很好」（1到5分，后面可写几句评语）。',
    '评价计入年度考核的企业评价部分。',
  ],
};

/** The yearly quota as configured, not as written in the plan. */
const withQuota = (text: string, quota: Quota) =>
  text.replaceAll('{visits}', String(quota.visitsPerYear)).replaceAll('{days}', String(quota.daysPerYear));

export const replies = {
  /** An official's words not acted on: for officials only, or waiting on a condition. */
  heldBack: (held: { words: string; why: 'internal' | 'condition' }): string =>
    held.why === 'internal'
      ? replies.internalNotSent(held.words)
      : `未处理：这句话说还要等（有「${held.words}」），所以现在什么都没有改。条件满足后请再发一次，例如「关闭 FK-2026-0001」或「核实 YY-2026-0001 属实 当天确实到企业服务」。`,
  internalNotSent: (words: string): string =>
    `未发送：这段话会原样发给企业和科技特派员（反馈的答复发给提交人），其中有「${words}」这样只供内部的话。请只写要告诉他们的内容，再发一次（例如「核实 YY-2026-0001 不属实 当天为线上宣讲，未到企业」或「回复 FK-2026-0001 已协调税务部门，下周上门指导」）。`,
  help(person: Person, quota: Quota): string {
    return withQuota(
      [`${person.name}，您好！我是科技特派员助手，可以帮您：`, ...COMMON_HELP, ...HELP_BY_ROLE[person.role]].join('\n'),
      quota,
    );
  },

  unregistered(channel: Channel, accountId: string): string {
    return [
      `您的${CHANNEL_NAMES[channel]}账号（${accountId}）尚未登记，暂时无法使用科技特派员助手。`,
      '请联系所在设区市科技特派员服务站或自治区企业科技特派员工作办，登记到名册并领取绑定码，',
      '然后在这里发送「绑定 绑定码」完成绑定。',
    ].join('\n');
  },

  bound(person: Person): string {
    return `绑定成功！已将此账号绑定到${person.name}。`;
  },

  alreadyBound(person: Person): string {
    return `此账号已绑定到${person.name}，无需再次绑定。`;
  },

  boundToSomeoneElse(): string {
    return '此账号已绑定到名册中的另一位人员，不能用绑定码改绑。如需更换，请联系管理员。';
  },

  bindingInvalid(): string {
    return '绑定码无效、已使用或已过期。请核对后重新发送「绑定 绑定码」，或联系管理员重新获取绑定码。';
  },

  bindingTooManyTries(): string {
    return '绑定尝试次数过多，请一小时后再试，或联系管理员。';
  },

  helpTopic(topic: keyof typeof HELP_TOPICS, quota: Quota, role: PersonRole): string {
    // Officials handle feedback rather than file it: their own lines say how.
    if (topic === 'feedback' && (role === 'CITY_OFFICIAL' || role === 'REGION_OFFICIAL'))
      return HELP_BY_ROLE[role].filter((line) => /反馈/.test(line)).join('\n');
    return withQuota(HELP_TOPICS[topic].join('\n'), quota);
  },

  smallTalk(what: SmallTalk, person: Person): string {
    if (what === 'nothing-to-cancel')
      return person.role === 'SPECIALIST'
        ? '现在没有等您回答的问题，不用取消。要删除24小时内刚报的服务记录，请回复「撤销」。'
        : '现在没有等您回答的问题，不用取消。';
    const line = {
      greeting: `${person.name}，您好！`,
      thanks: '不客气！',
      ack: '好的。',
      bye: '再见！',
      hold: '好的，不着急。',
      emoji: '收到。',
      unclear: '没看明白您的意思。',
    }[what];
    return `${line}有事直接发消息给我就行，发「帮助」看我能做什么。`;
  },

  /** Something told that is no report, outcome, feedback or question the bot can act on: what it can do with such news. */
  toldNotAsked(person: Person, text: string, place: string): string {
    const lead = '收到，不过这条消息我不知道该怎么处理。';
    if (person.role === 'SPECIALIST')
      return [
        lead,
        `· 报服务：说清哪天、在哪家企业、做了什么、几天，如「昨天在${place}调试设备1天」`,
        `· 报成果：说清成果和数字，如「${place}昨天授权了1件发明专利」`,
        '· 问政策：直接问，如「补助每年多少」',
      ].join('\n');
    if (person.role === 'ENTERPRISE_CONTACT')
      return [
        lead,
        /老师|特派员|专家|教授|博士/.test(text)
          ? '· 科技特派员的服务由老师本人报备，报备后会发给您确认（回复「确认」或「有异议 原因」）；要请老师来，可以说「请老师下周来一趟」'
          : '· 问政策：直接问，如「补助每年多少」',
        '· 政策落实中遇到问题：发「反馈：……」转给工作人员',
      ].join('\n');
    return `${lead}发「帮助」看我能做什么。`;
  },

  /** A command of another role: who uses it, in that feature's words where it has some. */
  notAllowed(command: CommandName, roles: readonly PersonRole[]): string {
    const own: Partial<Record<CommandName, string>> = {
      'act-on-feedback': '只有设区市服务站和自治区工作办的工作人员可以处理反馈。',
      todo: '只有设区市服务站和自治区工作办的工作人员可以查看待办反馈和异议。',
      'resolve-dispute': '服务记录异议由企业所在设区市服务站（或自治区工作办）核实。',
      rate: '评价由派驻企业的联系人提交。',
      'reopen-feedback': '「不满意」由提交反馈的企业联系人使用。',
      'confirm-visits': '只有企业联系人可以确认服务记录。',
      'dispute-visit': '只有企业联系人可以对服务记录提出异议。',
      'pending-visits': '只有企业联系人有待确认的服务记录。',
      undo: '只有科技特派员可以撤销自己报备的服务记录。',
      'confirm-undo': '只有科技特派员可以撤销自己报备的服务记录。',
      amend: '只有科技特派员可以修改自己报备的服务记录。',
      'file-feedback': '政策反馈由企业联系人或其科技特派员提交。',
      'escalate-feedback': '上报工作办由设区市服务站操作；工作办可直接「回复 编号 答复内容」答复企业。',
      'forward-question': '政策反馈由企业联系人或其科技特派员提交。',
    };
    return (
      own[command] ??
      (roles.length > 0
        ? `这项操作只有${roles.map((role) => ROLE_NAMES[role]).join('或')}可以使用。发「帮助」看您可以做什么。`
        : '这项操作您目前不能使用。发「帮助」看您可以做什么。')
    );
  },

  /** The one line that says a pending question was dropped. */
  abandoned(what: PendingTopic, detail = ''): string {
    return {
      visit: `已放弃刚才未完成的报备${detail ? `（${detail}）` : ''}。`,
      outcome: `已放弃刚才未完成的成果报备${detail ? `（${detail}）` : ''}。`,
      feedback: '刚才的反馈没有提交。',
      relay: '刚才的话没有转告。',
      dispute: '刚才的异议没有提出。',
      undo: '刚才那条记录没有撤销。',
      resolve: `${detail || '刚才那条异议'}还没有核实处理。`,
      escalate: '刚才的反馈没有上报工作办。',
      act: '刚才说的反馈没有处理。',
      reopen: '刚才的反馈没有重新打开。',
      withdraw: '刚才的反馈没有撤回。',
      'withdraw-dispute': '刚才的异议没有撤回，仍由服务站核实。',
      supplement: '刚才要补充的内容没有加到反馈里。',
      amend: `${detail || '刚才那条记录'}没有修改。`,
    }[what];
  },

  /** A second request in one message, held back while the first asks something: nothing of it is done yet. */
  sendAgainLater: (text: string) => `（您后面说的「${clip(text, 30)}」还没有处理，请回答上面的问题后再发一次。）`,

  /** The question still waiting after an answer given on the side. */
  stillWaiting(what: PendingTopic, detail = ''): string {
    const waiting = {
      visit: `刚才的报备${detail ? `（${detail}）` : ''}还没完成`,
      outcome: `刚才的成果报备${detail ? `（${detail}）` : ''}还没完成`,
      feedback: '刚才的反馈还没提交',
      relay: '刚才的话还没转告',
      dispute: '刚才的异议还没提出',
      undo: '刚才那条记录还没撤销',
      resolve: `${detail || '刚才那条异议'}还没核实处理`,
      escalate: '刚才的反馈还没上报工作办',
      act: '刚才说的反馈还没处理',
      reopen: '刚才的反馈还没重新打开',
      withdraw: '刚才的反馈还没撤回',
      'withdraw-dispute': '刚才的异议还没撤回',
      supplement: '刚才要补充的内容还没加到反馈里',
      amend: `${detail || '刚才那条记录'}还没修改`,
    }[what];
    return `（${waiting}：接着回复我刚才的问题就行，回复「取消」放弃。）`;
  },

  holding: '好的，不着急：刚才的问题还等着您，想好了直接回复就行（回复「取消」放弃）。',
  whichOne: (count: number) => `是哪一条？请回复序号（1—${count}）或编号（回复「取消」放弃）。`,

  noDisputesWaiting: '目前没有待核实的服务记录异议和成果异议。',
  digestUnavailable: '服务简报只发给设区市服务站和自治区工作办的工作人员。',

  asideNotAnswered: (aside: string) =>
    `您顺便问的「${clip(aside, 30)}」这条没有回答：问题请单独发一条，我再看能不能答。`,

  /** `visitRecorded`: whether the reply it follows stored the visit (not when it asks a question or refuses). */
  outcomeNotRecorded: (kind: string, visitRecorded: boolean) =>
    `消息里还提到了${kind}；成果请另发一条单独报备（例如「龙城齿轮发明专利昨天授权了2件」）${visitRecorded ? '，这条只记了服务' : ''}。`,

  nonText(): string {
    return '目前只能处理文字消息，请用文字描述您的问题。';
  },

  slowDown(): string {
    return '您发送消息的速度有点快，请稍等一分钟再发，我会继续为您服务。';
  },

  failure(): string {
    return '抱歉，处理您的消息时出了点问题，请稍后再试。';
  },
};
