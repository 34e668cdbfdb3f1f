import type { Person } from '../programme/types.js';
import type { PersonDirectory } from './person-directory.js';

/** Who checks a city's disputes and feedback: its station's officials, or the regional office standing in. */
export interface Checkers {
  officials: Person[];
  /** How users are told who checks (「柳州市服务站」, 「自治区工作办」). */
  name: string;
}

export async function checkersOf(people: Pick<PersonDirectory, 'withRole'>, cityName: string): Promise<Checkers> {
  const city = await people.withRole('CITY_OFFICIAL', { cityName });
  return city.length > 0
    ? { officials: city, name: `${cityName}服务站` }
    : { officials: await people.withRole('REGION_OFFICIAL'), name: '自治区工作办' };
}

/** The officials of a city's service station; the regional office stands in where the station has nobody. */
export const stationOfficials = async (people: Pick<PersonDirectory, 'withRole'>, cityName: string) =>
  (await checkersOf(people, cityName)).officials;

/** Who checks a city's disputes and feedback, as told to users: its station, or the regional office standing in. */
export const checkerOf = async (people: Pick<PersonDirectory, 'withRole'>, cityName: string) =>
  (await checkersOf(people, cityName)).name;
