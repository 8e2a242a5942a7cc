/**
 * The page's Content-Security-Policy, written once: the renderer build puts it in the
 * page's <meta> tag and main's app:// protocol sends it as a header, so the two can
 * never drift apart. Nothing may load from anywhere but the app itself, and the page
 * may open no connection at all (it talks to main only through window.api).
 */
export const strictContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ')

/**
 * `electron-vite dev` only: the dev server needs inline scripts and styles (React
 * refresh) and its own websocket for hot reload. Never served by a built app.
 */
export const devContentSecurityPolicy = strictContentSecurityPolicy
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'none'", "connect-src 'self' ws:")
