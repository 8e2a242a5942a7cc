import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'

/** An honest page for a feature that is not built yet: what will be here, and no fake buttons. */
export function UnderConstructionPage({ title, description }: { title: string; description: string }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title={description}>
        <p>此功能尚在建设中。</p>
      </EmptyState>
    </>
  )
}
