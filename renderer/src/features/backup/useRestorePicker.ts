import { useState } from 'react'
import type { BackupSummary } from '../../../../shared/ipc/channels/backup'
import { call } from '../../api/client'

/**
 * 从备份恢复… / 从其他文件夹选择…: core opens the folder dialog and reports the backups it
 * found there; the choices then go to the RestoreDialog. Cancelling changes nothing.
 */
export function useRestorePicker() {
  const [choices, setChoices] = useState<readonly BackupSummary[] | null>(null)
  const [picking, setPicking] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function pick() {
    setError(null)
    setPicking(true)
    const result = await call('backup.pickRestoreSource')
    setPicking(false)
    if (!result.ok) setError(result.error.message)
    else if (result.value) setChoices(result.value)
  }

  return { choices, setChoices, picking, error, pick }
}
