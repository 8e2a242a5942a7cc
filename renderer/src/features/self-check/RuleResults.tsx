import type { RuleResult } from '../../../../shared/self-check/catalogue'
import type { FindingRef, RuleStatus } from '../../../../shared/self-check/finding'
import { useNavigation } from '../layout/navigation'

const statusClass: Record<RuleStatus, string> = { pass: 'badge badge-ok', fail: 'badge badge-fail', 'not-applicable': 'badge badge-off' }

const refTitles: Record<FindingRef['kind'], string> = { meeting: '打开会议', item: '打开议题', task: '打开督办事项', matter: '打开干部档案' }

function RefLink({ reference }: { reference: FindingRef }) {
  const { navigate } = useNavigation()
  const open = () => {
    if (reference.kind === 'meeting') navigate('meetings', { meetingId: reference.id })
    else if (reference.kind === 'item') navigate('meetings', { meetingId: reference.meetingId, itemId: reference.id })
    else if (reference.kind === 'task') navigate('supervision', { taskId: reference.id })
    else navigate('personnel', { cadreId: reference.cadreId })
  }
  return (
    <button type="button" className="self-check-ref" title={refTitles[reference.kind]} onClick={open}>
      {reference.label}
    </button>
  )
}

function countText(rule: RuleResult): string {
  if (rule.withheld) return '需干部任免权限'
  if (rule.status === 'not-applicable') return '本期无相关事项'
  return rule.breaches > 0 ? `${rule.breaches} 处不符合` : '未发现问题'
}

function Rule({ rule }: { rule: RuleResult }) {
  const titleId = `self-check-rule-${rule.id}`
  return (
    <li className={`self-check-rule self-check-rule-${rule.status}`} aria-labelledby={titleId} data-rule={rule.id}>
      <div className="self-check-rule-head">
        <span className={statusClass[rule.status]}>{rule.statusLabel}</span>
        <h3 id={titleId}>{rule.text}</h3>
        <span className="self-check-rule-count">{countText(rule)}</span>
      </div>
      {rule.setting && <p className="self-check-rule-setting">依据设置：{rule.setting}</p>}
      {rule.withheld && <p className="self-check-rule-setting">干部任免专用记录本须由持有干部任免权限的用户打开，本项未检查。</p>}
      {rule.findings.length > 0 && (
        <ul className="self-check-findings">
          {rule.findings.map((finding, index) => (
            <li key={index} className={finding.severity === 'note' ? 'self-check-finding-note' : 'self-check-finding'}>
              <span className="self-check-finding-kind">{finding.severity === 'note' ? '记录' : '问题'}</span>
              <span className="self-check-finding-text">{finding.text}</span>
              {finding.refs.length > 0 && (
                <span className="self-check-finding-refs">
                  {finding.refs.map((reference) => (
                    <RefLink key={`${reference.kind}:${reference.id}`} reference={reference} />
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {rule.hiddenFindings > 0 && <p className="self-check-hidden">另有 {rule.hiddenFindings} 条涉及干部任免事项的情况，仅持有干部任免权限的用户可见。</p>}
    </li>
  )
}

export function RuleResults({ rules }: { rules: RuleResult[] }) {
  return (
    <ol className="self-check-rules">
      {rules.map((rule) => (
        <Rule key={rule.id} rule={rule} />
      ))}
    </ol>
  )
}
