import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditActionLabels } from '../../../shared/audit/action-labels'

// The audit viewer shows actions by their Chinese names: every action code core writes
// (the string literals of an `action:` field) must have one, or the viewer shows raw codes.

const coreRoot = resolve(__dirname, '../../../electron/core')

function sourceTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return sourceTexts(full)
    return entry.name.endsWith('.ts') ? [readFileSync(full, 'utf8')] : []
  })
}

function actionCodes(): string[] {
  const codes = new Set<string>()
  for (const text of sourceTexts(coreRoot)) {
    for (const field of text.matchAll(/\baction:\s*([^,}\n]+)/gu)) {
      for (const literal of (field[1] ?? '').matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/gu)) codes.add(literal[1]!)
    }
  }
  return [...codes].sort()
}

describe('audit action labels', () => {
  it('finds the action codes core writes', () => {
    expect(actionCodes()).toEqual(expect.arrayContaining(['auth.unlock', 'meetings.sign', 'live.saveSpeech', 'topics.create']))
  })

  it('has a Chinese label for every one of them', () => {
    expect(actionCodes().filter((code) => !Object.prototype.hasOwnProperty.call(auditActionLabels, code))).toEqual([])
  })
})
