import { Suspense } from 'react'
import type { DashboardOverview } from '../../../../shared/dashboard/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { PageHeader } from '../../components/PageHeader'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { chineseDate } from '../meetings/chineseDate'
import { PersonnelAlerts } from './PersonnelAlerts'
import { SummaryTiles } from './SummaryTiles'
import { TaskAlerts } from './TaskAlerts'
import { UpcomingMeetings } from './UpcomingMeetings'
import { WaitingTopics } from './WaitingTopics'
import './home.css'
import { PageLoading } from '../../components/PageLoading'
import { lazyNamed } from '../../lib/lazyNamed'

const loadOverview = () => call('dashboard.overview')

function Overview({ overview }: { overview: DashboardOverview }) {
  // Only a holder of the 干部任免 grant has the book's key; nobody else's page asks for it.
  const personnelGrant = useSession().session.personnelGrant
  return (
    <>
      <SummaryTiles overview={overview} />
      {/* Two columns that fill independently, so a long list never leaves a hole beside it. */}
      <div className="home-grid">
        <div className="home-column">
          <UpcomingMeetings meetings={overview.overdueMeetings} overdue />
          <UpcomingMeetings meetings={overview.upcomingMeetings} />
          <TaskAlerts overdue={overview.overdueTasks} dueSoon={overview.dueSoonTasks} />
        </div>
        <div className="home-column">
          <WaitingTopics approval={overview.awaitingApproval} materials={overview.awaitingMaterials} today={overview.today} />
          {personnelGrant && <PersonnelAlerts />}
        </div>
      </div>
    </>
  )
}

// The year's charts (recharts) are their own chunk: the rest of 首页 shows without waiting for it.
const YearStatistics = lazyNamed(() => import('./YearStatistics'), 'YearStatistics')

/** 首页: what waits for the office today, and the year in figures. */
export function HomePage() {
  const [overview] = useLoad(loadOverview)
  const today = overview.status === 'ready' ? overview.value.today : null
  return (
    <div className="home-page">
      <PageHeader title="首页" description={today ? `今天是${chineseDate(today, true)}。近期会议、待办议题、督办事项和年度统计一览。` : '近期会议、待办议题、督办事项和年度统计一览。'} />
      {overview.status === 'loading' && <LoadingIndicator text="正在汇总待办事项…" />}
      {overview.status === 'error' && <ErrorMessage message={overview.error.message} />}
      {overview.status === 'ready' && <Overview overview={overview.value} />}
      {today && (
        <Suspense fallback={<PageLoading text="正在加载年度统计…" />}>
          <YearStatistics initialYear={Number(today.slice(0, 4))} />
        </Suspense>
      )}
    </div>
  )
}
