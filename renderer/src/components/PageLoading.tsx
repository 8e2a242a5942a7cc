import { LoadingIndicator } from './LoadingIndicator'

/** What shows while a page's code loads (its own chunk, the first time it opens). */
export function PageLoading({ text = '正在加载页面…' }: { text?: string }) {
  return (
    <div className="page-loading">
      <LoadingIndicator text={text} />
    </div>
  )
}
