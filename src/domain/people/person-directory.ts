import type { Channel, Person, PersonRole } from '../programme/types.js';

export interface PersonDirectory {
  /** The person bound to a platform account, or null when the account is not in the roster. */
  findByAccount(channel: Channel, accountId: string): Promise<Person | null>;
  /** Everyone with an account on the channel, by person id. */
  listAccounts(channel: Channel): Promise<{ accountId: string; person: Person }[]>;
  /** An active person by id. */
  byId(id: string): Promise<Person | null>;
  /** Active people of a role, optionally of one enterprise or one city, by id. */
  withRole(role: PersonRole, filter?: { enterpriseId?: string; cityName?: string }): Promise<Person[]>;
  /** Each person's accounts, for addressing messages to them. */
  accountsOf(personIds: string[]): Promise<Map<string, { channel: Channel; accountId: string }[]>>;
}
