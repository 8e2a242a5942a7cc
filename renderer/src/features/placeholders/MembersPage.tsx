export { MembersPage } from '../roster/MembersPage'
