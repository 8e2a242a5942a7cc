import { useState } from 'react'
import { useSession } from './SessionContext'

/**
 * What the unlock found that the user must know: rows put back from the signed key file, or a
 * vault still waiting for an administrator to sign its key file. Shown until dismissed.
 */
export function SecurityNotices() {
  const { session } = useSession()
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || session.securityNotices.length === 0) return null
  return (
    <div role="status" className="message message-info security-notices">
      <strong>安全提示</strong>
      <ul>
        {session.securityNotices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={() => setDismissed(true)}>
        知道了
      </button>
    </div>
  )
}
