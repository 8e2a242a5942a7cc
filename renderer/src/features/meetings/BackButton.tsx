/** Back from a meeting's page (detail, loading or error) to the list. */
export function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" className="button button-link back-button" onClick={onBack}>
      ← 返回会议列表
    </button>
  )
}
