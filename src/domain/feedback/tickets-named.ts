/** Words a message about a ticket uses that say nothing of which ticket it means. */
const ABOUT_A_TICKET =
  /反馈|问题|撤回|撤销|上报|工作办|那个|这个|那条|这条|那件|一下|不要了|不用了|算了|已经|我们|你们|帮我|麻烦|[吧了的呢啊吗]/g;

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
