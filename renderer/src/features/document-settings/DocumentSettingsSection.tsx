import type { DocumentSettings } from '../../../../shared/documents/settings'
import type { Result } from '../../../../shared/errors'
import type { BodyView } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { DocumentFontsPanel } from './DocumentFontsPanel'
import { DocumentSettingsForm } from './DocumentSettingsForm'
import './document-settings.css'

async function loadAll(): Promise<Result<{ settings: DocumentSettings; bodies: BodyView[] }>> {
  const [settings, bodies] = await Promise.all([call('documents.settings'), call('bodies.list')])
  if (!settings.ok) return settings
  if (!bodies.ok) return bodies
  return { ok: true, value: { settings: settings.value, bodies: bodies.value.filter((body) => !body.archived) } }
}

/** 设置 → 公文 (settings.manage): what the generated 公文 say about the office. */
export function DocumentSettingsSection() {
  const [loaded] = useLoad(loadAll)
  return (
    <section className="card" aria-labelledby="document-settings-title">
      <h2 id="document-settings-title">公文</h2>
      <p className="card-note">会议纪要、任免通知、任前公示等公文按 GB/T 9704-2012 生成，版头、发文字号、版记和受理信息取自这里的设置。</p>
      {loaded.status === 'loading' && <LoadingIndicator />}
      {loaded.status === 'error' && <ErrorMessage message={loaded.error.message} />}
      {loaded.status === 'ready' && <DocumentSettingsForm initial={loaded.value.settings} bodies={loaded.value.bodies} />}
      <DocumentFontsPanel />
    </section>
  )
}
