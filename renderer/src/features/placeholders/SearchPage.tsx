import { UnderConstructionPage } from './UnderConstructionPage'

export function SearchPage() {
  return <UnderConstructionPage title="搜索" description="在会议、议题、发言和决定中搜索。" />
}
