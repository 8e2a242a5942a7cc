import { useState } from 'react'
import type { KeyRotation } from '../../../../shared/ipc/channels/keys'
import { StatusMessage } from '../../components/StatusMessage'
import { useSession } from '../session/SessionContext'
import { KeyRotationDialog } from './KeyRotationDialog'

function rotationOutcome(rotation: KeyRotation): string {
  return rotation.personnelSkipped
    ? '已更换主数据库的数据密钥。干部任免专用记录本的密钥未更换：只有持有干部任免权限的管理员才能更换。'
    : '已更换主数据库和干部任免专用记录本的数据密钥。'
}

/** 设置 → 单位与安全 → 更换数据密钥 (administrators). */
export function KeyRotationSection() {
  const { session } = useSession()
  const [confirming, setConfirming] = useState(false)
  const [outcome, setOutcome] = useState<string | null>(null)

  return (
    <section className="card" aria-labelledby="key-rotation-title">
      <h2 id="key-rotation-title">更换数据密钥</h2>
      <p className="card-note">
        数据库用随机生成的数据密钥加密。若怀疑密钥文件或旧电脑上的数据被他人取得，或有用户被停用后需要确保其以前可能留存的密钥彻底失效，可更换数据密钥：数据用新密钥重新加密，旧密钥从此打不开数据库。各用户的密码不变。
      </p>
      {outcome && <StatusMessage tone="success">{outcome}</StatusMessage>}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setOutcome(null)
            setConfirming(true)
          }}
        >
          更换数据密钥…
        </button>
      </div>
      {confirming && (
        <KeyRotationDialog
          holdsPersonnelKey={session.personnelGrant}
          onClose={() => setConfirming(false)}
          onRotated={(rotation) => {
            setConfirming(false)
            setOutcome(rotationOutcome(rotation))
          }}
        />
      )}
    </section>
  )
}
