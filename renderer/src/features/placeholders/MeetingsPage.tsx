// The navigation imports the page from here; the page itself lives in features/meetings.
export { MeetingsPage } from '../meetings/MeetingsPage'
