import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { KeyRotationSection } from './KeyRotationSection'
import { OfficeSettingsForm } from './OfficeSettingsForm'

const loadSettings = () => call('settings.get')

/** 设置 → 单位与安全 (settings.manage). */
export function OfficeSettingsSection() {
  const [settings] = useLoad(loadSettings)
  return (
    <div className="stack">
      <section className="card" aria-labelledby="office-settings-title">
        <h2 id="office-settings-title">单位与安全</h2>
        {settings.status === 'loading' && <LoadingIndicator />}
        {settings.status === 'error' && <ErrorMessage message={settings.error.message} />}
        {settings.status === 'ready' && <OfficeSettingsForm initial={settings.value} />}
      </section>
      <KeyRotationSection />
    </div>
  )
}
