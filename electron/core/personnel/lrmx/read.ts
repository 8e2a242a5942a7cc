// readLrmx: bytes of one .lrmx file → the person, or a refusal that says why. Order matters:
// decode strictly, refuse hostile markup, and only then let the XML parser see the text.
import type { LrmxResult } from '../../../../shared/personnel/lrmx-types'
import { decodeLrmxBytes } from './decode'
import { readPerson } from './person'
import { looksLikeLrm, readLrm } from './read-lrm'
import { refusalBeforeParsing } from './security'
import { parseXmlTree } from './xml-tree'

/**
 * An old .lrm file (told by its name or its quoted fields) goes to its own reader, with the
 * bytes of the .pic chosen beside it: undefined when none was.
 */
export function readLrmx(bytes: Uint8Array, fileName: string, picture?: Uint8Array | null): LrmxResult {
  try {
    if (looksLikeLrm(fileName, bytes)) return readLrm(bytes, fileName, picture)
    const decoded = decodeLrmxBytes(bytes)
    if (!decoded.ok) return { ok: false, fileName, reason: decoded.reason }
    const refusal = refusalBeforeParsing(decoded.text)
    if (refusal !== null) return { ok: false, fileName, reason: refusal }
    const tree = parseXmlTree(decoded.text)
    if (!tree.ok) return { ok: false, fileName, reason: tree.reason }
    const warnings = [...decoded.warnings]
    const person = readPerson(tree.root, warnings)
    return { ok: true, fileName, person, warnings }
  } catch (error) {
    // Bad input never throws; this is a last guard so one file cannot stop a batch import.
    return { ok: false, fileName, reason: `无法读取文件（${error instanceof Error ? error.message : String(error)}）` }
  }
}
