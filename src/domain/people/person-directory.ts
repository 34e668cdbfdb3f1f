import type { Channel, Person } from '../programme/types.js';

export interface PersonDirectory {
  /** The person bound to a platform account, or null when the account is not in the roster. */
  findByAccount(channel: Channel, accountId: string): Promise<Person | null>;
  /** Everyone with an account on the channel, by person id. */
  listAccounts(channel: Channel): Promise<{ accountId: string; person: Person }[]>;
}
