import { useCallback, useState } from 'react'
import type { PeriodChoice } from '../../../../shared/self-check/period'
import type { SelfCheckResult } from '../../../../shared/self-check/views'
import type { BodyView } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { PageHeader } from '../../components/PageHeader'
import { currentYear } from '../../lib/clock'
import { useAction } from '../../lib/useAction'
import { useLoad, type LoadState } from '../../lib/useLoad'
import { StatusMessage } from '../../components/StatusMessage'
import { ReportDialog } from './ReportDialog'
import { PeriodPicker } from './PeriodPicker'
import { RuleResults } from './RuleResults'
import { StatisticsTables } from './StatisticsTables'
import './self-check.css'

const loadBodies = () => call('bodies.list')

interface Options {
  bodyId: string
  period: PeriodChoice
  cadence: 'monthly' | 'biweekly'
  meetingsPerMonth: number
  quarterlyMemberReports: boolean
}

function Summary({ result }: { result: SelfCheckResult }) {
  const count = (status: string) => result.rules.filter((rule) => rule.status === status).length
  return (
    <p className="self-check-summary" role="status">
      {result.body.name} · {result.periodLabel}：共召开 {result.statistics.meetings} 次会议，检查 {result.rules.length} 项规则，
      <strong className="self-check-pass">符合 {count('pass')} 项</strong>，<strong className="self-check-fail">不符合 {count('fail')} 项</strong>，不适用 {count('not-applicable')} 项。
    </p>
  )
}

function Results({ state }: { state: LoadState<SelfCheckResult> }) {
  if (state.status === 'loading') return <LoadingIndicator text="正在逐条核对议事规则…" />
  if (state.status === 'error') return <ErrorMessage message={state.error.message} />
  const result = state.value
  if (result.statistics.meetings === 0 && result.statistics.tasks.total === 0) {
    return (
      <EmptyState title={`${result.periodLabel}没有已召开的${result.body.name}。`}>
        <p>自查按已召开（进行中、已结束、已签发）的会议及其议题、表决和督办事项逐条核对；请选择其他期间或会议类型。</p>
      </EmptyState>
    )
  }
  return (
    <>
      <Summary result={result} />
      {result.uncoveredYears.length > 0 && <p className="notice">{result.uncoveredYears.map((year) => `${year}年`).join('、')}法定节假日安排尚未录入，工作日按周末计算。</p>}
      <section aria-labelledby="self-check-rules-title">
        <h2 id="self-check-rules-title">逐条核对</h2>
        <RuleResults rules={result.rules} />
      </section>
      <section aria-labelledby="self-check-statistics-title">
        <h2 id="self-check-statistics-title">统计</h2>
        <StatisticsTables statistics={result.statistics} />
      </section>
    </>
  )
}

function Exports({ options }: { options: Options }) {
  const [reporting, setReporting] = useState(false)
  const { busy, error, run } = useAction()
  const [saved, setSaved] = useState<string | null>(null)
  return (
    <div className="self-check-exports">
      <button type="button" className="button button-primary" onClick={() => setReporting(true)}>
        自查报告…
      </button>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run(() => call('selfCheck.exportFindings', options), (file) => setSaved(file ? `问题清单已导出到 ${file.path}` : null))}>
        导出问题清单（.xlsx）…
      </button>
      {busy && <StatusMessage tone="busy">正在导出…</StatusMessage>}
      {saved && <StatusMessage tone="success">{saved}</StatusMessage>}
      <ErrorMessage message={error} />
      {reporting && <ReportDialog check={options} onClose={() => setReporting(false)} />}
    </div>
  )
}

function Checked({ options }: { options: Options }) {
  const load = useCallback(() => call('selfCheck.run', options), [options])
  const [state] = useLoad(load)
  return (
    <>
      {state.status === 'ready' && <Exports options={options} />}
      <Results state={state} />
    </>
  )
}

function Form({ bodies }: { bodies: BodyView[] }) {
  const usable = bodies.filter((body) => !body.archived)
  const standing = usable.find((body) => body.kind === 'standing') ?? usable[0]
  if (!standing) return <EmptyState title="还没有会议类型。">请先在“设置 → 议事规则”中添加会议类型。</EmptyState>
  return <CheckForm bodies={usable} initialBodyId={standing.id} />
}

function CheckForm({ bodies: usable, initialBodyId }: { bodies: BodyView[]; initialBodyId: string }) {
  const [options, setOptions] = useState<Options>(() => ({ bodyId: initialBodyId, period: { kind: 'year', year: currentYear() }, cadence: 'monthly', meetingsPerMonth: 2, quarterlyMemberReports: true }))
  const update = (change: Partial<Options>) => setOptions({ ...options, ...change })
  return (
    <>
      <div className="filter-bar self-check-filters">
        <div className="field">
          <label htmlFor="self-check-body">会议类型</label>
          <select id="self-check-body" value={options.bodyId} onChange={(event) => update({ bodyId: event.target.value })}>
            {usable.map((body) => (
              <option key={body.id} value={body.id}>
                {body.name}
              </option>
            ))}
          </select>
        </div>
        <PeriodPicker value={options.period} onChange={(period) => update({ period })} />
        <div className="field">
          <label htmlFor="self-check-cadence">会议频次要求</label>
          <select id="self-check-cadence" value={options.cadence === 'biweekly' ? 'biweekly' : String(options.meetingsPerMonth)} onChange={(event) => (event.target.value === 'biweekly' ? update({ cadence: 'biweekly' }) : update({ cadence: 'monthly', meetingsPerMonth: Number(event.target.value) }))}>
            {[1, 2, 3, 4].map((times) => (
              <option key={times} value={times}>
                每月至少{times}次
              </option>
            ))}
            <option value="biweekly">每两周一次</option>
          </select>
        </div>
        <label className="checkbox self-check-quarterly">
          <input type="checkbox" checked={options.quarterlyMemberReports} onChange={(event) => update({ quarterlyMemberReports: event.target.checked })} />
          常委每季度报告分管工作
        </label>
      </div>
      <Checked key={JSON.stringify(options)} options={options} />
    </>
  )
}

/** 议事规则执行情况自查: a period's record of one body checked rule by rule, each finding linked to its record. */
export function SelfCheckPage() {
  const [bodies] = useLoad(loadBodies)
  return (
    <div className="self-check-page">
      <PageHeader title="议事规则执行情况自查" description="按议事规则逐条核对所选期间的会议记录：会议频次、议题材料、法定人数、表决、末位表态、回避、干部任免程序和督办落实，每条问题都可打开对应的记录。" />
      {bodies.status === 'loading' && <LoadingIndicator />}
      {bodies.status === 'error' && <ErrorMessage message={bodies.error.message} />}
      {bodies.status === 'ready' && <Form bodies={bodies.value} />}
    </div>
  )
}
