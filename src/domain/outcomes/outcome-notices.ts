import { type Clock, today } from '../../common/clock.js';
import type { Notice, NoticeAddressing } from '../outbox/notices.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { PersonDirectory } from '../people/person-directory.js';
import { stationOfficials } from '../people/station-officials.js';
import { describeOutcome, outcomeDateLabel } from './outcome-text.js';
import type { StoredOutcome } from './types.js';

type Told = Omit<StoredOutcome, 'status' | 'statusNote' | 'confirmedAt'>;

/** Who is told what when an outcome is reported, corrected, withdrawn, confirmed or disputed. */
export class OutcomeNotices {
  constructor(
    private readonly people: PersonDirectory,
    private readonly addressing: NoticeAddressing,
    private readonly clock: Clock,
  ) {}

  private what(outcome: Told): string {
    return `${outcomeDateLabel(outcome, today(this.clock))} ${outcome.enterpriseShortName} ${describeOutcome(outcome)}`;
  }

  /** The enterprise's contacts are asked to confirm an outcome a specialist reported (or corrected). */
  async toConfirm(outcome: Told, version: string): Promise<NewOutboxMessage[]> {
    if (outcome.confirmedById !== null) return [];
    const contacts = await this.people.withRole('ENTERPRISE_CONTACT', { enterpriseId: outcome.enterpriseId });
    const verb = version === 'new' ? '报备了成果' : '修改了成果记录';
    const text = [
      `【成果待确认】科技特派员${outcome.reporterName}${verb}：${this.what(outcome)}。`,
      '如属实请回复「确认」；如有出入请回复「有异议 原因」。',
    ].join('\n');
    const notices: Notice[] = contacts.map((contact) => ({
      recipientId: contact.id,
      kind: 'outcome-confirmation',
      text,
      dedupeKey: `outcome-confirm:${outcome.id}:${version}:${contact.id}`,
    }));
    return this.addressing.address(notices);
  }

  /** The enterprise's contacts learn that an outcome they were asked about was withdrawn. */
  async withdrawn(outcome: StoredOutcome): Promise<NewOutboxMessage[]> {
    const contacts = await this.people.withRole('ENTERPRISE_CONTACT', { enterpriseId: outcome.enterpriseId });
    const notices: Notice[] = contacts
      .filter((contact) => contact.id !== outcome.reporterId)
      .map((contact) => ({
        recipientId: contact.id,
        kind: 'outcome-withdrawn',
        text: `${outcome.reporterName}撤销了成果记录：${this.what(outcome)}。无需再确认。`,
        dedupeKey: `outcome-withdrawn:${outcome.id}:${contact.id}`,
      }));
    return this.addressing.address(notices);
  }

  /** The reporter learns the enterprise's answer; a dispute also goes to the city's service station. */
  async settled(
    outcome: StoredOutcome,
    by: { id: string; name: string },
    reason: string | null,
    at: Date,
  ): Promise<NewOutboxMessage[]> {
    const what = this.what(outcome);
    const key = `${outcome.id}:${at.getTime()}`;
    const notices: Notice[] = [];
    if (reason === null) {
      notices.push({
        recipientId: outcome.reporterId,
        kind: 'outcome-confirmed',
        text: `企业联系人${by.name}已确认您报备的成果：${what}。`,
        dedupeKey: `outcome-confirmed:${key}`,
      });
    } else {
      notices.push({
        recipientId: outcome.reporterId,
        kind: 'outcome-disputed',
        text: `企业联系人${by.name}对您报备的成果有异议：${what}。\n异议：${reason}\n这条成果暂不计入目标进展；如记录有误，可在24小时内回复「修改 …」或「撤销」，或与企业核对后重新报备。`,
        dedupeKey: `outcome-disputed:${key}:reporter`,
      });
      for (const official of await stationOfficials(this.people, outcome.cityName)) {
        notices.push({
          recipientId: official.id,
          kind: 'outcome-disputed',
          text: `【成果记录异议】${outcome.enterpriseShortName}的企业联系人${by.name}对科技特派员${outcome.reporterName}报备的成果提出异议：${what}。\n异议：${reason}`,
          dedupeKey: `outcome-disputed:${key}:${official.id}`,
        });
      }
    }
    return this.addressing.address(notices);
  }
}
