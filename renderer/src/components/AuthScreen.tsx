import type { ReactNode } from 'react'
import { BrandMark } from './BrandMark'

interface AuthScreenProps {
  children: ReactNode
  /** Wider card for longer forms (first-run setup). */
  wide?: boolean
  /** Render the brand as the page's h1 (when the screen has no heading of its own). */
  brandIsHeading?: boolean
}

/** The centred card used before the main layout: setup, unlock, forced password change. */
export function AuthScreen({ children, wide, brandIsHeading }: AuthScreenProps) {
  return (
    <main className="auth-screen">
      <div className={wide ? 'auth-card auth-card-wide' : 'auth-card'}>
        <BrandMark as={brandIsHeading ? 'h1' : 'div'} />
        {children}
      </div>
      <p className="auth-footer">离线运行 · 数据加密存储于本机</p>
    </main>
  )
}
