import { StatusMessage } from './StatusMessage'

export function LoadingIndicator({ text = '正在加载…' }: { text?: string }) {
  return <StatusMessage tone="busy">{text}</StatusMessage>
}
