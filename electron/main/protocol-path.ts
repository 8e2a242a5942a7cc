import { extname, isAbsolute, join, relative, sep } from 'node:path'
import { appHost, appScheme } from './app-origin'

/**
 * Maps an app://yishi/… URL to a file under the renderer folder. Pure (no electron
 * import) so every traversal trick is unit-tested under Node.
 *
 * It works on the raw URL text rather than on `new URL()`, because a URL parser quietly
 * folds `..` and `%2e%2e` away: a request that tries to climb out is refused (403), not
 * silently clamped to the root, so an attempt is visible rather than half-working.
 */
export type AppFileResolution = { file: string } | { status: 403 | 404 }

const prefix = `${appScheme}://${appHost}`

// Characters no file name in the renderer build contains, and that mean something to a
// file system: separators, NUL, and ':' (Windows drive letters, NTFS streams).
const forbiddenInSegment = /[/\\\0:]/u

export function resolveAppFile(root: string, url: string): AppFileResolution {
  if (url.slice(0, prefix.length).toLowerCase() !== prefix) return { status: 404 }
  let path = url.slice(prefix.length)
  // The query and fragment never name a file.
  const end = path.search(/[?#]/u)
  if (end !== -1) path = path.slice(0, end)
  if (path === '' || path === '/') path = '/index.html'
  // Anything but "/" right after the host is a different host (app://yishi.evil/…) or userinfo.
  if (!path.startsWith('/')) return { status: 404 }
  if (path.includes('\\')) return { status: 403 }

  const segments: string[] = []
  for (const raw of path.slice(1).split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return { status: 403 } // malformed percent-encoding
    }
    // '' would be "//" (an absolute path after joining on some systems) or a trailing slash.
    if (segment === '' || segment === '.' || segment === '..' || forbiddenInSegment.test(segment)) return { status: 403 }
    segments.push(segment)
  }

  const file = join(root, ...segments)
  // Belt and braces: whatever the segments were, the result must stay under the root.
  const inside = relative(root, file)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { status: 403 }
  return { file }
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/** With nosniff, the browser trusts this type: an unknown extension is served as inert bytes. */
export function contentTypeFor(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream'
}
