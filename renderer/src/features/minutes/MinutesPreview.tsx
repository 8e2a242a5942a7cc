import { useCallback } from 'react'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { DocumentPreview } from '../documents/DocumentPreview'

/** The 纪要 as it will be exported (the core's model rendered as pages), fetched again after each save. */
export function MinutesPreview({ meetingId, version }: { meetingId: string; version: string }) {
  // `version` (the 纪要's last change) is part of the loader, so every saved change shows.
  const load = useCallback(() => (void version, call('minutes.preview', { meetingId })), [meetingId, version])
  const [model] = useLoad(load)
  if (model.status === 'loading') return <LoadingIndicator text="正在生成预览…" />
  if (model.status === 'error') return <ErrorMessage message={model.error.message} />
  return <DocumentPreview model={model.value} />
}
