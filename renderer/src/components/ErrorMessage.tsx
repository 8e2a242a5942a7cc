interface ErrorMessageProps {
  /** The Chinese message to show; nothing is rendered when empty. */
  message: string | null | undefined
  id?: string
}

/** An error the user must notice: announced at once by screen readers (role="alert"). */
export function ErrorMessage({ message, id }: ErrorMessageProps) {
  if (!message) return null
  return (
    <p id={id} role="alert" className="message message-error">
      {message}
    </p>
  )
}
