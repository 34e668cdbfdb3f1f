import type { Person } from '../programme/types.js';
import type { PersonDirectory } from './person-directory.js';

/** The officials of a city's service station; the regional office stands in where the station has nobody. */
export async function stationOfficials(people: PersonDirectory, cityName: string): Promise<Person[]> {
  const city = await people.withRole('CITY_OFFICIAL', { cityName });
  return city.length > 0 ? city : people.withRole('REGION_OFFICIAL');
}

/** Who checks a city's disputes and feedback, as told to users: its station, or the regional office standing in. */
export async function checkerOf(people: PersonDirectory, cityName: string): Promise<string> {
  const city = await people.withRole('CITY_OFFICIAL', { cityName });
  return city.length > 0 ? `${cityName}服务站` : '自治区工作办';
}
