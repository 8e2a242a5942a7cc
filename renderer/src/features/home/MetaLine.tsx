import { Fragment } from 'react'

/** A grey line of facts joined by " · "; each fact wraps as a whole (a date never breaks in two). */
export function MetaLine({ parts }: { parts: (string | null | false)[] }) {
  const shown = parts.filter((part): part is string => Boolean(part))
  return (
    <p className="home-item-meta">
      {shown.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' · '}
          <span className="home-meta-part">{part}</span>
        </Fragment>
      ))}
    </p>
  )
}
