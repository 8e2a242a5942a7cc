import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { strictContentSecurityPolicy } from '../../shared/security/csp'
import { appScheme } from './app-origin'
import { contentTypeFor, resolveAppFile } from './protocol-path'

/**
 * Must run before `ready`. A standard, secure scheme gives the page a real origin
 * (app://yishi), relative URLs and ES modules; nothing bypasses CSP or CORS.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, corsEnabled: false } },
  ])
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': strictContentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: headers('text/plain; charset=utf-8') })
}

/**
 * Serves the built renderer from disk, straight from the file system: no net.fetch, so
 * the protocol can never be turned into a way out to the network.
 */
export function serveRenderer(root: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405)
    const resolved = resolveAppFile(root, request.url)
    if ('status' in resolved) return refuse(resolved.status)
    let body: Buffer
    try {
      body = await readFile(resolved.file)
    } catch {
      return refuse(404) // missing, or a directory
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(contentTypeFor(resolved.file)) })
  })
}
