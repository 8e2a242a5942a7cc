import { describe, expect, it } from 'vitest'
import { appEntryUrl, isAllowedUrl, isAppPage, mayNavigateTo, type ShellEnv } from '../../../electron/main/app-origin'

const packaged: ShellEnv = { packaged: true }
const dev: ShellEnv = { packaged: false, devServerUrl: 'http://localhost:5173' }
// A packaged build started with ELECTRON_RENDERER_URL set must ignore it.
const packagedWithDevUrl: ShellEnv = { packaged: true, devServerUrl: 'http://localhost:5173' }

describe('isAllowedUrl (session-level request filter)', () => {
  it('lets the app\'s own files through', () => {
    for (const env of [packaged, dev]) {
      expect(isAllowedUrl(appEntryUrl, env)).toBe(true)
      expect(isAllowedUrl('app://yishi/assets/index-abc.js?v=1', env)).toBe(true)
      expect(isAllowedUrl('app://yishi/', env)).toBe(true)
    }
  })

  it('refuses every other host on the app scheme, and userinfo tricks', () => {
    expect(isAllowedUrl('app://other/index.html', packaged)).toBe(false)
    expect(isAllowedUrl('app://yishi.evil/index.html', packaged)).toBe(false)
    expect(isAllowedUrl('app://user:pw@yishi/index.html', packaged)).toBe(false)
  })

  it('refuses the network and the file system in a packaged build', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'http://127.0.0.1/',
      'ws://localhost:5173/',
      'wss://example.com/socket',
      'ftp://example.com/',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/x.js',
      'blob:https://example.com/1234',
      'not a url',
      '',
    ]) {
      expect(isAllowedUrl(url, packaged), url).toBe(false)
      expect(isAllowedUrl(url, packagedWithDevUrl), url).toBe(false)
    }
  })

  it('allows a blob: URL only when the page itself made it', () => {
    expect(isAllowedUrl('blob:app://yishi/1b4e28ba-2fa1-11d2-883f-0016d3cca427', packaged)).toBe(true)
  })

  it('allows the dev server, its hot-reload socket and devtools only in development', () => {
    expect(isAllowedUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAllowedUrl('ws://localhost:5173/?token=abc', dev)).toBe(true)
    expect(isAllowedUrl('devtools://devtools/bundled/inspector.html', dev)).toBe(true)
    // …but nothing else, even in development.
    expect(isAllowedUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAllowedUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAllowedUrl('ws://example.com:5173/', dev)).toBe(false)
    expect(isAllowedUrl('https://example.com/', dev)).toBe(false)
    expect(isAllowedUrl('file:///etc/passwd', dev)).toBe(false)
    expect(isAllowedUrl('data:text/plain,x', dev)).toBe(false)
    expect(isAllowedUrl('about:blank', dev)).toBe(false)
    expect(isAllowedUrl('devtools://devtools/x', { packaged: false })).toBe(true)
    expect(isAllowedUrl('http://localhost:5173/', { packaged: false })).toBe(false)
  })

  it('ignores a dev server URL that is not http(s)', () => {
    const odd: ShellEnv = { packaged: false, devServerUrl: 'file:///tmp/index.html' }
    expect(isAllowedUrl('file:///tmp/index.html', odd)).toBe(false)
  })
})

describe('isAppPage (may navigate to, may call IPC)', () => {
  it('is the app origin, or the dev server in development', () => {
    expect(isAppPage(appEntryUrl, packaged)).toBe(true)
    expect(isAppPage('app://YISHI/index.html', packaged)).toBe(true)
    expect(isAppPage('http://localhost:5173/', dev)).toBe(true)
    expect(isAppPage('http://localhost:5173/', packagedWithDevUrl)).toBe(false)
    expect(isAppPage('https://example.com/', dev)).toBe(false)
    expect(isAppPage('about:blank', packaged)).toBe(false)
    expect(isAppPage('devtools://devtools/x', dev)).toBe(false)
  })

  it('lets devtools navigate its own frames only in development', () => {
    expect(mayNavigateTo('devtools://devtools/bundled/inspector.html', dev)).toBe(true)
    expect(mayNavigateTo('devtools://devtools/bundled/inspector.html', packaged)).toBe(false)
    expect(mayNavigateTo('https://example.com/', dev)).toBe(false)
  })
})
