import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { PageHeader } from '../../components/PageHeader'
import { useLoad } from '../../lib/useLoad'

const loadPersonnelStatus = () => call('personnel.status')

/** 干部任免: the separately encrypted book, open only for holders of the grant. */
export function PersonnelPage() {
  const [status] = useLoad(loadPersonnelStatus)
  return (
    <>
      <PageHeader title="干部任免" description="干部任免专用记录本：加密存储，使用独立密钥，只有持有干部任免权限的用户才能打开。" />
      {status.status === 'loading' && <LoadingIndicator />}
      {status.status === 'error' && <ErrorMessage message={status.error.message} />}
      {status.status === 'ready' &&
        (status.value.open ? (
          <EmptyState title="专用记录本已打开（加密、独立密钥），尚无记录。">
            <p>干部任免议题的酝酿、讨论、表决与任免台账将在此记录。此功能尚在建设中。</p>
          </EmptyState>
        ) : (
          <EmptyState title="您没有干部任免权限，无法打开专用记录本。">
            <p>如需使用，请联系持有干部任免权限的管理员授予。</p>
          </EmptyState>
        ))}
    </>
  )
}
