import { useId, type ReactNode } from 'react'

/** One section of the home page: a titled card (a landmark region named by its title). */
export function HomeCard({ title, count, children, className = '' }: { title: string; count?: number; children: ReactNode; className?: string }) {
  const id = useId()
  return (
    <section className={`card home-card ${className}`} aria-labelledby={id}>
      <h2 id={id} className="home-card-title">
        {title}
        {count !== undefined && <span className={count > 0 ? 'badge badge-warn' : 'badge badge-off'}>{count}</span>}
      </h2>
      {children}
    </section>
  )
}
