import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

// The project's source text, for the architecture tests that check it as text.

export const root = resolve(__dirname, '../..')
const sourceExtensions = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/u

export interface SourceFile {
  /** Relative to the repository, with forward slashes. */
  path: string
  text: string
}

export function sourceFiles(...dirs: string[]): SourceFile[] {
  const files: SourceFile[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full)
      } else if (sourceExtensions.test(entry.name)) {
        files.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') })
      }
    }
  }
  for (const dir of dirs) walk(join(root, dir))
  return files
}
