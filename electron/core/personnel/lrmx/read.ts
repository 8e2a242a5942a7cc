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
const PHOTO_OPEN = '<ZhaoPian>'
const PHOTO_CLOSE = '</ZhaoPian>'

/**
 * The photo is nearly all of a large file, and the XML parser is slow on megabytes of text
 * (about 2 s for a 4.5 MB photo). When the file has one ZhaoPian element holding nothing
 * but base64, its text is taken out before parsing and read as the photo: taking out text
 * without '<' or '&' cannot change the markup the parser sees.
 */
function setPhotoAside(text: string): { text: string; base64: string } | null {
  const start = text.indexOf(PHOTO_OPEN)
  const end = text.indexOf(PHOTO_CLOSE)
  if (start === -1 || end < start) return null
  if (text.indexOf('<ZhaoPian', start + 1) !== -1 || text.indexOf(PHOTO_CLOSE, end + 1) !== -1) return null
  const base64 = text.slice(start + PHOTO_OPEN.length, end)
  if (!/^[A-Za-z0-9+/=\s]*$/u.test(base64)) return null
  return { text: text.slice(0, start + PHOTO_OPEN.length) + text.slice(end), base64 }
}

export function readLrmx(bytes: Uint8Array, fileName: string, picture?: Uint8Array | null): LrmxResult {
  try {
    if (looksLikeLrm(fileName, bytes)) return readLrm(bytes, fileName, picture)
    const decoded = decodeLrmxBytes(bytes)
    if (!decoded.ok) return { ok: false, fileName, reason: decoded.reason }
    const refusal = refusalBeforeParsing(decoded.text)
    if (refusal !== null) return { ok: false, fileName, reason: refusal }
    const photo = setPhotoAside(decoded.text)
    const tree = parseXmlTree(photo?.text ?? decoded.text)
    if (!tree.ok) return { ok: false, fileName, reason: tree.reason }
    const warnings = [...decoded.warnings]
    const person = readPerson(tree.root, warnings, photo?.base64)
    return { ok: true, fileName, person, warnings }
  } catch (error) {
    // Bad input never throws; this is a last guard so one file cannot stop a batch import.
    return { ok: false, fileName, reason: `无法读取文件（${error instanceof Error ? error.message : String(error)}）` }
  }
}
