import { UnderConstructionPage } from './UnderConstructionPage'

export function MembersPage() {
  return <UnderConstructionPage title="成员" description="成员：常委会成员的职务、排名、分工与缺位互补将在此维护。" />
}
