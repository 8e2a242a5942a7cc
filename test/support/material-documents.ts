import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { docxToPdf } from './pdf-layout'

// Real documents for search inside materials: a .docx written with the docx package, a PDF
// with a text layer printed from a .docx by LibreOffice, a scanned page (a PDF holding only an
// image, no text) and a GB18030 text file. Tests only.

export async function writeReportDocx(path: string, title: string, paragraphs: readonly string[]): Promise<string> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: title, font: '方正小标宋简体', size: 44 })] }),
          ...paragraphs.map((text) => new Paragraph({ children: [new TextRun({ text, font: '仿宋_GB2312', size: 32 })] })),
        ],
      },
    ],
  })
  writeFileSync(path, await Packer.toBuffer(document))
  return path
}

/** The report as LibreOffice prints it: a PDF whose text layer holds its words. */
export async function writeReportPdf(folder: string, name: string, title: string, paragraphs: readonly string[]): Promise<string> {
  const docx = await writeReportDocx(join(folder, `${name}.docx`), title, paragraphs)
  return docxToPdf(docx, join(folder, 'pdf'))
}

/**
 * A scanned page: one A4 page whose only content is a grey 64×64 image (an XObject drawn over
 * the page), written object by object with its cross-reference table.
 */
export function writeScannedPdf(path: string): string {
  const side = 64
  const pixels = Buffer.alloc(side * side, 0)
  for (let index = 0; index < pixels.length; index += 1) pixels[index] = (index * 7) % 256
  const image = deflateSync(pixels)
  const content = Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q')
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`), image, Buffer.from('\nendstream')]),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
  ]
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')]
  const offsets: number[] = []
  let length = parts[0]?.length ?? 0
  objects.forEach((body, index) => {
    offsets.push(length)
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')])
    parts.push(object)
    length += object.length
  })
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('')
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`))
  writeFileSync(path, Buffer.concat(parts))
  return path
}

/** A text file as older Windows tools save Chinese: GB18030, not UTF-8 (encoded by the system's iconv; Node only decodes it). */
export function writeGbText(path: string, text: string): string {
  writeFileSync(path, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }))
  return path
}
