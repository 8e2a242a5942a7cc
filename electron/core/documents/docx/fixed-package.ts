import JSZip from 'jszip'
import { fontTableXml } from './fonts'
import { patchStylesXml } from './styles'

// The same model must give the same bytes (tests compare them, and a re-export does not
// look like a new document): the core properties get fixed dates and every zip entry a
// fixed time. The font table is replaced with one that names the fallbacks, and the
// styles get the switches docx cannot write.

/** The date written as created/modified and as every zip entry's time. */
export const fixedDocumentDate = new Date('2000-01-01T00:00:00Z')

function fixCoreProperties(xml: string): string {
  const at = fixedDocumentDate.toISOString().replace(/\.\d{3}Z$/u, 'Z')
  return xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/gu, `$1${at}$3`)
}

export async function fixedPackage(docx: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(docx)
  const target = new JSZip()
  // [Content_Types].xml and the package relationships first, as Word writes them.
  const first = ['[Content_Types].xml', '_rels/.rels']
  const names = Object.keys(source.files).sort((a, b) => (first.includes(b) ? 1 : 0) - (first.includes(a) ? 1 : 0) || first.indexOf(a) - first.indexOf(b))
  for (const name of names) {
    const entry = source.files[name]!
    if (entry.dir) continue
    let data: string | Uint8Array = await entry.async('uint8array')
    if (name === 'docProps/core.xml') data = fixCoreProperties(Buffer.from(data).toString('utf8'))
    if (name === 'word/fontTable.xml') data = fontTableXml()
    if (name === 'word/styles.xml') data = patchStylesXml(Buffer.from(data).toString('utf8'))
    target.file(name, data, { date: fixedDocumentDate, createFolders: false })
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' })
}
