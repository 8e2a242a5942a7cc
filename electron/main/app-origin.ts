/**
 * Which URLs belong to the app. Pure (no electron import) so the rules that keep the
 * window offline are unit-tested under Node: see test/unit/architecture/app-origin.test.ts.
 */

export const appScheme = 'app'
export const appHost = 'yishi'
/** The page the window loads in a built app. */
export const appEntryUrl = `${appScheme}://${appHost}/index.html`

export interface ShellEnv {
  /** True in an installed build; false under `electron-vite dev` / `preview`. */
  packaged: boolean
  /** electron-vite's dev server (ELECTRON_RENDERER_URL); only ever honoured when not packaged. */
  devServerUrl?: string | undefined
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The dev server's origin, or null when there is none or the build is packaged. */
function devOrigin(env: ShellEnv): URL | null {
  if (env.packaged || !env.devServerUrl) return null
  const dev = parse(env.devServerUrl)
  return dev && (dev.protocol === 'http:' || dev.protocol === 'https:') ? dev : null
}

// Node's URL gives non-special schemes an opaque origin ('null') and keeps the host's
// case (Chromium lowers it for a standard scheme), so compare the parts by hand.
function isAppSchemeUrl(url: URL): boolean {
  return url.protocol === `${appScheme}:` && url.host.toLowerCase() === appHost && url.username === '' && url.password === ''
}

/**
 * May this URL be a page of ours, i.e. may the window navigate to it and may a frame
 * showing it call IPC? Only app://yishi/…, or the dev server in development.
 */
export function isAppPage(url: string, env: ShellEnv): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (isAppSchemeUrl(parsed)) return true
  const dev = devOrigin(env)
  return dev !== null && parsed.origin === dev.origin
}

/**
 * May the session let this request through? Everything else is cancelled before it
 * starts, so nothing the page (or a library in it) asks for can reach a network.
 * data: and about: are refused too. Chromium normally resolves them inside the renderer
 * without asking webRequest, so this is the backstop; the renderer build should not
 * depend on data: URLs (Vite inlines small assets as data: unless told not to).
 */
export function isAllowedUrl(url: string, env: ShellEnv): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (isAppSchemeUrl(parsed)) return true
  // blob:app://yishi/<uuid> holds bytes our own page put in memory; any other blob is not ours.
  if (parsed.protocol === 'blob:') return isAppPage(parsed.pathname, env)
  if (env.packaged) return false
  if (parsed.protocol === 'devtools:') return true
  const dev = devOrigin(env)
  if (!dev) return false
  if (parsed.origin === dev.origin) return true
  // Vite's hot-reload websocket lives on the dev server's host and port.
  const socket = dev.protocol === 'https:' ? 'wss:' : 'ws:'
  return parsed.protocol === socket && parsed.host === dev.host
}

/**
 * May a frame navigate here? Our pages, and in development the devtools' own pages
 * (its front end navigates its frames inside devtools://).
 */
export function mayNavigateTo(url: string, env: ShellEnv): boolean {
  if (isAppPage(url, env)) return true
  return !env.packaged && parse(url)?.protocol === 'devtools:'
}
