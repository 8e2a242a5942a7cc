import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { BodiesCard } from './BodiesCard'
import { MeetingRulesForm } from './MeetingRulesForm'

const loadRules = () => call('meetingRules.get')

/** 设置 → 议事规则 (settings.manage): the quorum reading, the material deadline, the bodies. */
export function MeetingRulesSection() {
  const [rules] = useLoad(loadRules)
  return (
    <div className="stack">
      <section className="card" aria-labelledby="meeting-rules-title">
        <h2 id="meeting-rules-title">议事规则</h2>
        <p className="card-note">会议规定：须半数以上成员到会方可召开，讨论决定干部任免事项须三分之二以上成员到会；表决以应到会成员超过半数同意为通过。</p>
        {rules.status === 'loading' && <LoadingIndicator />}
        {rules.status === 'error' && <ErrorMessage message={rules.error.message} />}
        {rules.status === 'ready' && <MeetingRulesForm initial={rules.value} />}
      </section>
      <BodiesCard />
    </div>
  )
}
