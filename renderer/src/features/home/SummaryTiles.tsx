import type { DashboardOverview } from '../../../../shared/dashboard/views'

interface Tile {
  label: string
  value: number
  unit: string
  /** Draws the eye when there is something to do. */
  alert: boolean
}

function tilesOf(overview: DashboardOverview): Tile[] {
  return [
    { label: '近期会议', value: overview.upcomingMeetings.length, unit: '次', alert: false },
    ...(overview.overdueMeetings.length > 0 ? [{ label: '逾期未召开', value: overview.overdueMeetings.length, unit: '次', alert: true }] : []),
    { label: '待书记审定议题', value: overview.awaitingApproval.total, unit: '项', alert: overview.awaitingApproval.total > 0 },
    { label: '材料未交或逾期', value: overview.awaitingMaterials.length, unit: '项', alert: overview.awaitingMaterials.length > 0 },
    { label: '督办逾期', value: overview.overdueTasks.total, unit: '项', alert: overview.overdueTasks.total > 0 },
    { label: '7日内到期', value: overview.dueSoonTasks.total, unit: '项', alert: false },
  ]
}

/** The day's counts in a row, read at a glance. */
export function SummaryTiles({ overview }: { overview: DashboardOverview }) {
  return (
    <ul className="home-tiles" aria-label="今日概况">
      {tilesOf(overview).map((tile) => (
        <li key={tile.label} className={tile.alert ? 'home-tile home-tile-alert' : 'home-tile'}>
          <span className="home-tile-label">{tile.label}</span>
          <span className="home-tile-value">
            {tile.value}
            <small>{tile.unit}</small>
          </span>
        </li>
      ))}
    </ul>
  )
}
