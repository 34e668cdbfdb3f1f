import { type Clock, today } from '../../common/clock.js';
import { chineseDateLabel, type LocalDate } from '../../common/local-date.js';
import type { Notice, NoticeAddressing } from '../outbox/notices.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { PersonDirectory } from '../people/person-directory.js';
import { checkerOf, checkersOf, stationOfficials } from '../people/station-officials.js';
import { VISIT_TYPE_LABELS } from '../programme/types.js';
import { type Posting, postingName, type RecordedVisit, type Resolution, type StoredVisit } from './visit-ledger.js';

function describeOn(current: LocalDate, visit: RecordedVisit, enterprise: string): string {
  const summary = visit.summary ? `，内容：${visit.summary}` : '';
  return `${chineseDateLabel(visit.date, current)}在${enterprise}开展${VISIT_TYPE_LABELS[visit.type]}${visit.days}天${summary}`;
}

/** How an official answers a dispute, quoted in the notices that ask them to. */
export const resolveHint = (disputeNo: string) =>
  `核实后请回复「核实 ${disputeNo} 属实」或「核实 ${disputeNo} 不属实 原因」。`;

const enterpriseName = postingName;

/** Who is told what when a visit is reported, corrected, withdrawn, confirmed or disputed. */
export class VisitNotices {
  constructor(
    private readonly people: PersonDirectory,
    private readonly addressing: NoticeAddressing,
    private readonly clock: Clock,
  ) {}

  private describe(visit: RecordedVisit, enterprise: string): string {
    return describeOn(today(this.clock), visit, enterprise);
  }

  /**
   * The enterprise's contacts are asked to confirm a new (or corrected) visit. `dispute`: the visit corrected is one
   * they objected to (its number, when given), which stays with the station.
   */
  async toConfirm(
    visit: RecordedVisit,
    posting: Posting,
    reporterName: string,
    version: string,
    dispute: { no: string | null } | null = null,
  ): Promise<NewOutboxMessage[]> {
    const wasDisputed = dispute !== null;
    const contacts = await this.people.withRole('ENTERPRISE_CONTACT', { enterpriseId: posting.enterpriseId });
    const corrected = version === 'new' ? '报备' : '修改了服务记录';
    const checker = await checkerOf(this.people, posting.cityName);
    // A visit the enterprise objected to stays with the station: the contact is told of the change, not asked again.
    const text = wasDisputed
      ? [
          `【服务记录已修改】科技特派员${reporterName}修改了贵企业有异议的服务记录：${this.describe(visit, enterpriseName(posting))}。`,
          `异议仍由${checker}核实，您无需再次确认。`,
        ].join('\n')
      : [
          `【服务记录待确认】科技特派员${reporterName}${corrected}：${this.describe(visit, enterpriseName(posting))}。`,
          `如属实请回复「确认」；如有出入请回复「有异议 原因」，我们会转给${checker}核实。`,
        ].join('\n');
    const notices: Notice[] = contacts.map((contact) => ({
      recipientId: contact.id,
      kind: 'visit-confirmation',
      text,
      dedupeKey: `visit-confirm:${visit.id}:${version}:${contact.id}`,
    }));
    if (wasDisputed)
      notices.push(
        ...(await this.toStation(visit, posting.cityName, reporterName, '修改了', version, dispute?.no ?? null)),
      );
    return this.addressing.address(notices);
  }

  /** A disputed visit that its reporter corrects or withdraws is the station's business too. */
  private async toStation(
    visit: RecordedVisit,
    cityName: string,
    reporterName: string,
    what: string,
    version: string,
    /** The objection, still open after a correction: how the station decides on it. */
    stillOpen: string | null = null,
  ): Promise<Notice[]> {
    const open = stillOpen
      ? `异议 ${stillOpen} 仍待核实：「核实 ${stillOpen} 属实」或「核实 ${stillOpen} 不属实 原因」。`
      : '';
    return (await stationOfficials(this.people, cityName)).map((official) => ({
      recipientId: official.id,
      kind: 'visit-disputed',
      text: `【服务记录异议跟进】科技特派员${reporterName}${what}企业有异议的服务记录：${this.describe(visit, visit.enterpriseShortName)}。${open}`,
      dedupeKey: `visit-dispute-followup:${visit.id}:${version}:${official.id}`,
    }));
  }

  /**
   * The enterprise's contacts learn that a visit they were asked about was withdrawn, or (`movedIn`, a version) moved
   * to another enterprise by a correction.
   */
  async withdrawn(visit: StoredVisit, reporterName: string, movedIn?: string): Promise<NewOutboxMessage[]> {
    const contacts = await this.people.withRole('ENTERPRISE_CONTACT', { enterpriseId: visit.enterpriseId });
    const what = movedIn ? '更正了服务记录的企业（不是贵企业）' : '撤销了服务记录';
    const notices: Notice[] = contacts.map((contact) => ({
      recipientId: contact.id,
      kind: 'visit-withdrawn',
      text: `科技特派员${reporterName}${what}：${this.describe(visit, visit.enterpriseShortName)}。无需再确认。`,
      dedupeKey: movedIn
        ? `visit-moved:${visit.id}:${movedIn}:${contact.id}`
        : `visit-withdrawn:${visit.id}:${contact.id}`,
    }));
    if (visit.status === 'DISPUTED')
      notices.push(...(await this.toStation(visit, visit.cityName, reporterName, '撤销了', 'withdrawn')));
    return this.addressing.address(notices);
  }

  /** The reporter learns the enterprise's answer; a dispute also goes to the city's service station. */
  async settled(
    visit: StoredVisit,
    by: { id: string; name: string },
    reason: string | null,
    at: Date,
    disputeNo: string | null = null,
  ): Promise<NewOutboxMessage[]> {
    const what = this.describe(visit, visit.enterpriseShortName);
    // A visit corrected after an answer is answered again: each answer is its own message.
    const answer = `${visit.id}:${at.getTime()}`;
    const notices: Notice[] = [];
    if (reason === null) {
      notices.push({
        recipientId: visit.reporterId,
        kind: 'visit-confirmed',
        text: `企业联系人${by.name}已确认您的服务记录：${what}。`,
        dedupeKey: `visit-confirmed:${answer}`,
      });
    } else {
      notices.push({
        recipientId: visit.reporterId,
        kind: 'visit-disputed',
        text: `企业联系人${by.name}对您的服务记录有异议${disputeNo ? `（异议编号${disputeNo}）` : ''}：${what}。\n异议：${reason}\n核实之前这条记录不计入服务次数和天数。设区市服务站将与您核实；如记录有误，可在24小时内回复「修改 …」或「撤销」。`,
        dedupeKey: `visit-disputed:${answer}:reporter`,
      });
      const officials = await stationOfficials(this.people, visit.cityName);
      for (const official of officials) {
        notices.push({
          recipientId: official.id,
          kind: 'visit-disputed',
          text: `【服务记录异议${disputeNo ? ` ${disputeNo}` : ''}】${visit.enterpriseShortName}的企业联系人${by.name}对科技特派员${visit.reporterName}的服务记录提出异议：${what}。\n异议：${reason}\n${disputeNo ? resolveHint(disputeNo) : '请核实处理。'}`,
          dedupeKey: `visit-disputed:${answer}:${official.id}`,
        });
      }
    }
    return this.addressing.address(notices);
  }

  /**
   * The enterprise took its objection back: the reporter learns the record counts again, and the station that was to
   * check it that it need not.
   */
  async disputeWithdrawn(
    visit: StoredVisit,
    by: { id: string; name: string },
    at: Date,
  ): Promise<{ outbox: NewOutboxMessage[]; checker: string | null }> {
    const checkers = await checkersOf(this.people, visit.cityName);
    const what = this.describe(visit, visit.enterpriseShortName);
    const number = visit.disputeNo ? `（异议编号${visit.disputeNo}）` : '';
    const answer = `${visit.id}:${at.getTime()}`;
    const notices: Notice[] = [
      {
        recipientId: visit.reporterId,
        kind: 'visit-confirmed',
        text: `企业联系人${by.name}撤回了对您服务记录的异议${number}，记录已确认，计入服务次数和天数：${what}。`,
        dedupeKey: `visit-dispute-withdrawn:${answer}:reporter`,
      },
      ...checkers.officials.map((official) => ({
        recipientId: official.id,
        kind: 'visit-resolved',
        text: `【异议已撤回${visit.disputeNo ? ` ${visit.disputeNo}` : ''}】${visit.enterpriseShortName}的企业联系人${by.name}撤回了对科技特派员${visit.reporterName}服务记录的异议：${what}。无需再核实。`,
        dedupeKey: `visit-dispute-withdrawn:${answer}:${official.id}`,
      })),
    ];
    const outbox = await this.addressing.address(notices);
    return { outbox, checker: checkers.officials.length > 0 ? checkers.name : null };
  }

  /** An official's finding on a dispute goes to the reporter and to the enterprise's contacts. */
  async resolved(
    visit: StoredVisit,
    official: { name: string },
    resolution: Pick<Resolution, 'status' | 'note' | 'at' | 'days'>,
  ): Promise<NewOutboxMessage[]> {
    const what = this.describe(visit, visit.enterpriseShortName);
    const found =
      resolution.status === 'REJECTED'
        ? `核实不属实，不计入服务次数和天数。原因：${resolution.note ?? ''}`
        : resolution.days
          ? `核实到企业服务属实，服务天数按${resolution.days}天计入（原报${visit.days}天）`
          : '核实属实，计入服务次数和天数';
    const head = `【异议核实结果 ${visit.disputeNo ?? ''}】`;
    const contacts = await this.people.withRole('ENTERPRISE_CONTACT', { enterpriseId: visit.enterpriseId });
    const notices: Notice[] = [
      {
        recipientId: visit.reporterId,
        kind: 'visit-resolved',
        text: `${head}${official.name}对您的服务记录（${what}）${found}。`,
        dedupeKey: `visit-resolved:${visit.id}:${resolution.at.getTime()}:reporter`,
      },
      ...contacts.map((contact) => ({
        recipientId: contact.id,
        kind: 'visit-resolved',
        // Whose claim was upheld is said outright: 「异议…核实属实」 reads as the objection found true.
        text: `${head}贵单位对科技特派员${visit.reporterName}服务记录（${what}）提出的异议，${official.name}已核实：${upheld(resolution)}。`,
        dedupeKey: `visit-resolved:${visit.id}:${resolution.at.getTime()}:${contact.id}`,
      })),
    ];
    return this.addressing.address(notices);
  }
}

/** A finding told to the enterprise that objected: whether its objection stood, and what counts. */
function upheld(resolution: Pick<Resolution, 'status' | 'note' | 'days'>): string {
  if (resolution.status === 'REJECTED')
    return `服务记录不属实，您的异议成立，这条记录不计入服务次数和天数。原因：${resolution.note ?? ''}`;
  return resolution.days
    ? `科技特派员确实到企业服务，服务天数按${resolution.days}天计入（您的异议部分成立）`
    : '服务记录属实，您的异议不成立，这条记录计入服务次数和天数';
}
