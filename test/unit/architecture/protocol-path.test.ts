import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeFor, resolveAppFile } from '../../../electron/main/protocol-path'

const root = resolve('/opt/yishi/out/renderer')

describe('resolveAppFile (app:// → file under the renderer folder)', () => {
  it('serves the entry page and nested assets', () => {
    expect(resolveAppFile(root, 'app://yishi/index.html')).toEqual({ file: join(root, 'index.html') })
    expect(resolveAppFile(root, 'app://yishi/')).toEqual({ file: join(root, 'index.html') })
    expect(resolveAppFile(root, 'app://yishi')).toEqual({ file: join(root, 'index.html') })
    expect(resolveAppFile(root, 'app://yishi/assets/index-D4x9.js')).toEqual({ file: join(root, 'assets', 'index-D4x9.js') })
    expect(resolveAppFile(root, 'app://yishi/assets/fonts/%E5%AE%8B%E4%BD%93.woff2')).toEqual({ file: join(root, 'assets', 'fonts', '宋体.woff2') })
  })

  it('ignores the query string and the fragment', () => {
    expect(resolveAppFile(root, 'app://yishi/assets/a.css?v=3')).toEqual({ file: join(root, 'assets', 'a.css') })
    expect(resolveAppFile(root, 'app://yishi/index.html#/meetings/1')).toEqual({ file: join(root, 'index.html') })
    expect(resolveAppFile(root, 'app://yishi/?x=../../etc/passwd')).toEqual({ file: join(root, 'index.html') })
  })

  it('refuses to climb out, however the dots are spelled', () => {
    for (const url of [
      'app://yishi/../secret.txt',
      'app://yishi/assets/../../secret.txt',
      'app://yishi/./index.html',
      'app://yishi/%2e%2e/secret.txt',
      'app://yishi/%2E%2E/%2E%2E/etc/passwd',
      'app://yishi/.%2e/secret.txt',
      'app://yishi/assets%2f..%2f..%2fsecret.txt',
      'app://yishi/..%2Fsecret.txt',
      'app://yishi/assets%5c..%5c..%5csecret.txt',
      'app://yishi/assets\\..\\..\\secret.txt',
      'app://yishi/index.html%00.png',
      'app://yishi/index.html\0',
      'app://yishi//etc/passwd',
      'app://yishi/%2fetc/passwd',
      'app://yishi/C:/Windows/win.ini',
      'app://yishi/C%3A%5CWindows%5Cwin.ini',
      'app://yishi/assets/',
      'app://yishi/%E0%A4%A',
    ]) {
      expect(resolveAppFile(root, url), url).toEqual({ status: 403 })
    }
  })

  it('knows no other host, scheme or port', () => {
    for (const url of ['app://other/index.html', 'app://yishi.evil/index.html', 'app://yishi:80/index.html', 'app://u@yishi/index.html', 'file:///etc/passwd', 'https://yishi/index.html', '/etc/passwd']) {
      expect(resolveAppFile(root, url), url).toEqual({ status: 404 })
    }
  })
})

describe('contentTypeFor', () => {
  it('names the types the renderer build produces, and nothing executable by default', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8')
    expect(contentTypeFor('/x/a.svg')).toBe('image/svg+xml')
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2')
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream')
    expect(contentTypeFor('/x/noextension')).toBe('application/octet-stream')
  })
})
