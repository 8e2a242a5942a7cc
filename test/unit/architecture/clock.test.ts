import { describe, expect, it } from 'vitest'
import { sourceFiles } from '../../support/source-files'

// Business dates come from one clock that tests can set: the core's `now` (CoreContext)
// and the renderer's lib/clock.ts. A direct read of the machine's clock anywhere else makes
// a rule or a screen that passes its tests only on the day they were written.

/** `new Date()` with no argument, or `Date.now()`, however spaced. */
const clockRead = /\bnew\s+Date\s*\(\s*\)|\bDate\s*\.\s*now\s*\(/u

/** The two sources of "now"; everything else asks them. */
const clockSources = new Set(['electron/core/context.ts', 'renderer/src/lib/clock.ts'])

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`])\/\/.*$/gmu, '$1')
}

describe('one clock', () => {
  it('no business code in core, shared or the renderer reads the machine clock directly', () => {
    const files = sourceFiles('electron/core', 'shared', 'renderer/src')
    expect(files.length).toBeGreaterThan(100)
    const offenders = files.filter((file) => !clockSources.has(file.path) && clockRead.test(stripComments(file.text))).map((file) => file.path)
    expect(offenders).toEqual([])
  })

  it('the sources themselves are where they should be', () => {
    const files = new Map(sourceFiles('electron/core', 'renderer/src').map((file) => [file.path, file.text]))
    for (const path of clockSources) expect(clockRead.test(files.get(path) ?? ''), path).toBe(true)
  })

  it('the detector catches every spelling and leaves parsing alone', () => {
    for (const line of ['const t = new Date()', 'new Date( )', 'Date.now()', 'Date . now ()', 'x = new  Date ()']) expect(clockRead.test(line), line).toBe(true)
    for (const line of ["new Date('2026-01-01')", 'new Date(iso)', 'new Date(Date.UTC(2026, 0, 1))', 'performance.now()', 'core.now()']) expect(clockRead.test(line), line).toBe(false)
  })
})
