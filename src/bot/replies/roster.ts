import { chinesePeriodLabel, type LocalDate } from '../../common/local-date.js';
import { type PostedPeople, type Posting, peopleServing, postingName } from '../../domain/visits/visit-ledger.js';

/** An office's list stops here; the rest are counted (one city's or one question's worth reads in a chat). */
const LISTED = 15;

const name = postingName;

/** 「陈思远 教授（广西大学）」, or a team with its leader first: 「先进材料特派团（团长 韦明，成员 李华、张强；广西科学院）」. */
export function whoServes(people: PostedPeople | undefined): string {
  if (people?.specialist) {
    const { name: who, title, institution } = people.specialist;
    return `${who}${title ? ` ${title}` : ''}${institution ? `（${institution}）` : ''}`;
  }
  if (people?.team) {
    const { name: team, leader, members, institution } = people.team;
    const memberList = members.length > 0 ? `，成员 ${members.map((m) => m.name).join('、')}` : '';
    return `${team}（团长 ${leader.name}${memberList}${institution ? `；${institution}` : ''}）`;
  }
  return '（名单中未登记派驻人员）';
}

export const rosterReplies = {
  /**
   * Who serves the postings: for a specialist or an enterprise each posting with its people and period; for an office
   * (`scope`: its city, a city asked about, or 全区) how many, by city for the region, and the list up to a limit.
   */
  roster(postings: Posting[], people: Map<string, PostedPeople>, today: LocalDate, scope: string | null): string {
    if (postings.length === 0) return scope ? `${scope}目前没有进行中的派驻。` : '目前没有您可以查看的进行中的派驻。';
    const period = (posting: Posting) => `派驻期 ${chinesePeriodLabel(posting.startDate, posting.endDate, today)}`;
    const line = (posting: Posting) =>
      `· ${name(posting)}${scope === '全区' ? `（${posting.cityName}）` : ''}：${whoServes(people.get(posting.assignmentId))}`;
    if (scope === null) return postings.map((posting) => `${line(posting)}，${period(posting)}`).join('\n');
    const persons = peopleServing(postings, people).length;
    const teams = postings.filter((posting) => people.get(posting.assignmentId)?.team).length;
    const cities = new Map<string, number>();
    for (const posting of postings) cities.set(posting.cityName, (cities.get(posting.cityName) ?? 0) + 1);
    const byCity =
      scope === '全区' && cities.size > 1
        ? [
            `各市：${[...cities]
              .sort(([, a], [, b]) => b - a)
              .map(([city, count]) => `${city} ${count} 个`)
              .join('、')}`,
          ]
        : [];
    return [
      `${scope}进行中的派驻 ${postings.length} 个，科技特派员 ${persons} 人${teams > 0 ? `（含特派团 ${teams} 个）` : ''}：`,
      ...byCity,
      ...postings.slice(0, LISTED).map(line),
      ...(postings.length > LISTED
        ? [`……另有 ${postings.length - LISTED} 个未列出，可问「某某市的特派员都有谁」分市查看。`]
        : []),
    ].join('\n');
  },

  /** Said after the records listed in a chat when a file was asked for. */
  exportNote: '聊天里只能列出记录；需要 Excel 台账（含全部字段）的，请联系系统管理员从管理后台导出。',
};
