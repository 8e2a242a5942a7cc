import { localDate } from '../../../shared/roster/dates'

/** Today as 'YYYY-MM-DD' on this computer's calendar: what the date inputs show, the default "as of" day. */
export const todayIso = () => localDate(new Date())
