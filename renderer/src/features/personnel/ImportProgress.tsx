import { useEffect, useState } from 'react'
import type { AppEvents } from '../../../../shared/ipc/contract'
import { onAppEvent } from '../../api/client'
import { StatusMessage } from '../../components/StatusMessage'

/** While approval forms are read (for the preview or the import): how many of the files are done. */
export function ImportProgress({ action }: { action: string }) {
  const [progress, setProgress] = useState<AppEvents['personnel.importProgress'] | null>(null)
  useEffect(() => onAppEvent('personnel.importProgress', setProgress), [])
  const counted = progress !== null && progress.total > 0
  return (
    <div className="import-progress">
      <StatusMessage tone="busy">{counted ? `${action}（已读取 ${progress.read} / ${progress.total} 个文件）…` : `${action}…`}</StatusMessage>
      <progress max={progress?.total ?? 1} value={counted ? progress.read : undefined} aria-label={`${action}的进度`} />
    </div>
  )
}
