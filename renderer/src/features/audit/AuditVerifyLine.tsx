import type { AuditVerification } from '../../../../shared/ipc/channels/audit'

/** The result of walking the hash chain, in one line. */
export function AuditVerifyLine({ result }: { result: AuditVerification }) {
  if (result.ok) {
    return (
      <p role="status" className="verify-line verify-ok">
        <span aria-hidden="true">✓ </span>日志链完整，共 {result.checked} 条
      </p>
    )
  }
  return (
    <p role="alert" className="verify-line verify-broken">
      <span aria-hidden="true">✗ </span>日志链校验未通过：{result.problem ?? '原因不明'}
      {result.firstBrokenId !== null && `（自第 ${result.firstBrokenId} 条起）`}。已核对 {result.checked} 条。
    </p>
  )
}
