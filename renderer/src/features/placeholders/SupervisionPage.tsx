import { UnderConstructionPage } from './UnderConstructionPage'

export function SupervisionPage() {
  return <UnderConstructionPage title="督办" description="督办：会议决定事项的分解、督查与落实情况将在此跟踪。" />
}
