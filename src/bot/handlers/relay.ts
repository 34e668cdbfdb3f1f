import { clip } from '../../common/text-chunks.js';
import {
  MAX_PASSED_ON,
  onlyUrges,
  type PassedOnMessages,
  type Recipients,
  wordsForThem,
} from '../../domain/people/passed-on-messages.js';
import { cityNamedIn } from '../../domain/programme/types.js';
import { paceLines } from '../../domain/progress/pace-reminder.js';
import { peopleOf, postingName } from '../../domain/visits/visit-ledger.js';
import type { PostingProgress, VisitReportService } from '../../domain/visits/visit-report-service.js';
import type { Reply } from '../../platforms/contract.js';
import type { PendingOf } from '../conversation.js';
import { relayReplies } from '../replies/relay.js';
import { say, type Turn } from '../turn.js';

type Progress = Pick<VisitReportService, 'postingsFor' | 'yearProgress' | 'postedTo'>;

/**
 * Words said to the bot for someone else (「陈老师能不能再来一趟」, 「帮我跟孙经理说一下明天上午过去」, 「提醒一下陈老师…」):
 * offered to be passed on to the people named, passed on to exactly them on 「是」. An official's bare urging
 * (「催一下玉林的特派员」) is offered as each specialist's own progress, to those behind pace.
 */
export function relayHandlers(messages: PassedOnMessages, progress: Progress) {
  /**
   * 「催一下玉林的特派员」: the postings behind pace in the scope (or the postings of the people named), and each of their
   * specialists' progress to be sent.
   */
  async function urge(turn: Turn, text: string, recipients: Recipients): Promise<Reply[]> {
    const { sender } = turn;
    const city = sender.role === 'REGION_OFFICIAL' ? cityNamedIn(text) : null;
    const postings = (await progress.postingsFor(sender)).filter((p) => city === null || p.cityName === city);
    const posted = await progress.postedTo(postings);
    const named = recipients.kind === 'found' && !recipients.everyone ? recipients.to : null;
    const serves = (row: PostingProgress, id: string) =>
      peopleOf(posted.get(row.posting.assignmentId)).some((p) => p.id === id);
    const rows = (await progress.yearProgress(postings)).filter((row) =>
      named ? named.some((person) => serves(row, person.id)) : !row.pace.onPace,
    );
    const scope = city ?? (sender.role === 'CITY_OFFICIAL' ? (sender.cityName ?? '本市') : '全区');
    if (rows.length === 0) return say(named ? relayReplies.none['unknown-person'] : relayReplies.noneBehind(scope));
    const people = new Map(rows.flatMap((row) => peopleOf(posted.get(row.posting.assignmentId))).map((p) => [p.id, p]));
    const to = named ?? [...people.values()];
    const lines: Record<string, string> = {};
    for (const person of to) {
      const own = rows.filter((row) => serves(row, person.id));
      lines[person.id] = own
        .map((row) => paceLines(postingName(row.posting), row.totals, row.pace).join('\n'))
        .join('\n');
    }
    const ref = `${turn.message.channel}:${turn.message.messageId}`;
    const whom = named ? named.map((p) => `${p.name}老师`).join('、') : `${scope}进度落后的${to.length}位科技特派员`;
    turn.conversation.ask({ kind: 'relay-confirm', text, ref, to, named: whom, progress: lines });
    const shown = rows.map((row) => {
      const who = peopleOf(posted.get(row.posting.assignmentId))
        .map((p) => p.name)
        .join('、');
      const where = scope === '全区' ? `，${row.posting.cityName}` : '';
      return `· ${postingName(row.posting)}（${who}${where}）：走访 ${row.totals.visits}/${row.pace.owed.visits} 次，服务 ${row.totals.days}/${row.pace.owed.days} 天${row.pace.onPace ? '，进度正常' : ''}`;
    });
    return say(relayReplies.offerProgress(whom, shown, to.length > 1));
  }

  return {
    async offer(turn: Turn, text: string): Promise<Reply[]> {
      const recipients = await messages.recipientsFor(turn.sender, text);
      const official = turn.sender.role === 'CITY_OFFICIAL' || turn.sender.role === 'REGION_OFFICIAL';
      const names = recipients.kind === 'found' ? recipients.to.map((p) => p.name) : [];
      // 「催一下特派员」 names no one: the official's whole scope is meant, those behind pace.
      const urging =
        official && onlyUrges(text, names) && (recipients.kind === 'found' || recipients.why === 'name-them');
      if (urging) return urge(turn, text, recipients);
      if (recipients.kind === 'none') return say(relayReplies.none[recipients.why]);
      const ref = `${turn.message.channel}:${turn.message.messageId}`;
      turn.conversation.ask({ kind: 'relay-confirm', text, ref, to: recipients.to, named: recipients.named });
      return say(relayReplies.offer(recipients.named, turn.sender.role, clip(wordsForThem(text), MAX_PASSED_ON)));
    },

    async passOn(turn: Turn, pending: PendingOf<'relay-confirm'>): Promise<Reply[]> {
      const unreached = await messages.passOn(turn.sender, pending.text, pending.ref, pending.to, pending.progress);
      if (unreached.length === pending.to.length) return say(relayReplies.noneReached);
      const told = pending.progress ? relayReplies.progressSent : relayReplies.passedOn;
      return say(
        told(
          pending.named,
          unreached.map((person) => person.name),
        ),
      );
    },

    notPassedOn: (): Reply[] => say(relayReplies.notPassedOn),
  };
}

export type RelayHandlers = ReturnType<typeof relayHandlers>;
