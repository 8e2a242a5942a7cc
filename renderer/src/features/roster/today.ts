import { localDate } from '../../../../shared/roster/dates'

/** Today on this computer's calendar: the default "as of" day. */
export const todayDate = () => localDate(new Date())
