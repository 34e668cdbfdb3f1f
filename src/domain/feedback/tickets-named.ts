/** Words a message about a ticket uses that say nothing of which ticket it means. */
const ABOUT_A_TICKET =
  /反馈|问题|撤回|撤销|上报|工作办|那个|这个|那条|这条|那件|一下|不要了|不用了|算了|已经|我们|你们|帮我|麻烦|[吧了的呢啊吗]/g;

/** Words of any promise waited for (「说好…到现在还没…」): they tell nothing of which. */
const WAITED_FOR = /说好的?|都说|不是说|到现在|还没|也没|还是没|动静|下文/g;

/** Two-character runs of a text's words (letters, digits and Chinese characters; marks break a run). */
function pairsOf(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const run of text.toLowerCase().match(/[\p{Script=Han}a-z0-9]+/gu) ?? [])
    for (let i = 0; i + 1 < run.length; i++) pairs.add(run.slice(i, i + 2));
  return pairs;
}

/**
 * The tickets a message names by what they are about or whose they are (「燃油补贴那个反馈撤回吧」): those sharing the
 * most two-character runs with it, when that is at least two and not every ticket; otherwise all of them. Whoever
 * asks still confirms or chooses, so this only shortens the list.
 */
export function ticketsNamed<T extends { text: string; enterpriseName: string }>(tickets: T[], message: string): T[] {
  const said = pairsOf(message.replace(ABOUT_A_TICKET, ' '));
  const shared = tickets.map((ticket) => {
    const pairs = pairsOf(`${ticket.enterpriseName} ${ticket.text}`);
    return [...said].filter((pair) => pairs.has(pair)).length;
  });
  const best = Math.max(0, ...shared);
  const named = tickets.filter((_, i) => shared[i] === best);
  return best >= 2 && named.length < tickets.length ? named : tickets;
}

/**
 * The tickets whose words or whose answers' words a message shares at least two two-character runs with
 * (「邮件还是没收到啊 都说本周出」 of the answer 「鉴定意见本周出，请留意邮件」): those it may be about; none when it
 * shares too little with any, whatever their number.
 */
export function ticketsTalkedOf<T extends { text: string; replies: readonly { text: string; authorRole: string }[] }>(
  tickets: T[],
  message: string,
): T[] {
  const said = pairsOf(message.replace(ABOUT_A_TICKET, ' ').replace(WAITED_FOR, ' '));
  return tickets.filter((ticket) => {
    // What the enterprise said since is no answer it may be about (「到现在也没动静」 said before).
    const answers = ticket.replies.filter((reply) => reply.authorRole !== 'ENTERPRISE_CONTACT');
    const pairs = pairsOf([ticket.text, ...answers.map((reply) => reply.text)].join(' '));
    return [...said].filter((pair) => pairs.has(pair)).length >= 2;
  });
}
