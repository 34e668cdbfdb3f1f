/** Working days a ticket may wait for an answer before its city station is reminded every day. */
export const STATION_AFTER_WORKING_DAYS = 5;
/** Working days after which the regional office is reminded as well. */
export const OFFICE_AFTER_WORKING_DAYS = 10;
