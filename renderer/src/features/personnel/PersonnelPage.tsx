import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { PageHeader } from '../../components/PageHeader'
import { useLoad } from '../../lib/useLoad'
import { useNavigation } from '../layout/navigation'
import { PersonnelBook } from './PersonnelBook'
import './personnel.css'

const loadPersonnelStatus = () => call('personnel.status')

const description = '干部任免专用记录本：加密存储，使用独立密钥，只有持有干部任免权限的用户才能打开；每次打开和导出都记入审计日志。'

/** 干部任免: the separately encrypted book, open only for holders of the grant. */
export function PersonnelPage() {
  const [status] = useLoad(loadPersonnelStatus)
  const cadreId = useNavigation().target?.cadreId ?? null
  if (status.status === 'ready' && status.value.open) return <PersonnelBook description={description} initialCadreId={cadreId} />
  return (
    <>
      <PageHeader title="干部任免" description={description} />
      {status.status === 'loading' && <LoadingIndicator />}
      {status.status === 'error' && <ErrorMessage message={status.error.message} />}
      {status.status === 'ready' && (
        <EmptyState title="您没有干部任免权限，无法打开专用记录本。">
          <p>专用记录本用单独的密钥加密，只交给持有干部任免权限的用户；您的账号没有这把密钥，所以其中的台账、档案和记录在本机上无法读取，而不只是被隐藏。</p>
          <p>如确因工作需要查阅，请按规定履行审批手续，由持有干部任免权限的管理员在“设置 → 用户管理”中为您授予。</p>
        </EmptyState>
      )}
    </>
  )
}
