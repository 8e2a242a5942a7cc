import { execFileSync } from 'node:child_process'

// The horizontal rules a PDF page draws (the red rule under the 版头, the 版记's rules), found
// on the rendered page: pdftotext sees only text, so the page is rasterised (pdftoppm, PPM)
// and every row scanned for a long run of red or dark pixels. Tests only.

export interface Rule {
  colour: 'red' | 'black'
  /** Middle of the rule, from the page's top edge, mm. */
  yMm: number
  xMinMm: number
  xMaxMm: number
  widthMm: number
  thicknessMm: number
}

const dpi = 300
const pxToMm = (px: number) => (px * 25.4) / dpi

interface Raster { width: number; height: number; data: Buffer; offset: number }

function readPpm(buffer: Buffer): Raster {
  // P6 <width> <height> <max>\n<rgb bytes>
  let pos = 0
  const fields: string[] = []
  while (fields.length < 4) {
    while (/\s/u.test(String.fromCharCode(buffer[pos]!))) pos += 1
    let token = ''
    while (!/\s/u.test(String.fromCharCode(buffer[pos]!))) token += String.fromCharCode(buffer[pos++]!)
    fields.push(token)
  }
  return { width: Number(fields[1]), height: Number(fields[2]), data: buffer, offset: pos + 1 }
}

function classify(r: number, g: number, b: number): 'red' | 'black' | null {
  if (r > 180 && g < 110 && b < 110) return 'red'
  if (r < 90 && g < 90 && b < 90) return 'black'
  return null
}

function raster(pdfPath: string, pageNumber: number): Raster {
  return readPpm(execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), pdfPath], { maxBuffer: 256 * 1024 * 1024 }))
}

/**
 * Where ink of a colour lies between two heights of a page (mm from the top): its first and
 * last rows. Glyph edges as printed, whatever box a PDF's font metrics give pdftotext.
 */
export function inkExtent(pdfPath: string, pageNumber: number, colour: 'red' | 'black', fromMm: number, toMm: number): { topMm: number; bottomMm: number } | null {
  const image = raster(pdfPath, pageNumber)
  let top = -1
  let bottom = -1
  const from = Math.max(0, Math.round((fromMm * dpi) / 25.4))
  const to = Math.min(image.height, Math.round((toMm * dpi) / 25.4))
  for (let y = from; y < to; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const at = image.offset + (y * image.width + x) * 3
      if (classify(image.data[at]!, image.data[at + 1]!, image.data[at + 2]!) === colour) {
        if (top < 0) top = y
        bottom = y
        break
      }
    }
  }
  return top < 0 ? null : { topMm: pxToMm(top), bottomMm: pxToMm(bottom + 1) }
}

/** Rules at least `minWidthMm` long on one page (1-based), merged over the rows they cover. */
export function pageRules(pdfPath: string, pageNumber: number, minWidthMm = 60): Rule[] {
  const image = raster(pdfPath, pageNumber)
  const minRun = (minWidthMm * dpi) / 25.4
  const rows: { y: number; colour: 'red' | 'black'; x0: number; x1: number }[] = []
  for (let y = 0; y < image.height; y += 1) {
    let runColour: 'red' | 'black' | null = null
    let start = 0
    for (let x = 0; x <= image.width; x += 1) {
      const at = image.offset + (y * image.width + x) * 3
      const colour = x < image.width ? classify(image.data[at]!, image.data[at + 1]!, image.data[at + 2]!) : null
      if (colour !== runColour) {
        if (runColour && x - start >= minRun) rows.push({ y, colour: runColour, x0: start, x1: x })
        runColour = colour
        start = x
      }
    }
  }
  const rules: Rule[] = []
  let current: { y0: number; y1: number; colour: 'red' | 'black'; x0: number; x1: number } | null = null
  const flush = () => {
    if (!current) return
    rules.push({
      colour: current.colour,
      yMm: pxToMm((current.y0 + current.y1 + 1) / 2),
      xMinMm: pxToMm(current.x0),
      xMaxMm: pxToMm(current.x1),
      widthMm: pxToMm(current.x1 - current.x0),
      thicknessMm: pxToMm(current.y1 - current.y0 + 1),
    })
    current = null
  }
  for (const row of rows) {
    if (current && row.y === current.y1 + 1 && row.colour === current.colour && Math.abs(row.x0 - current.x0) < 6) {
      current.y1 = row.y
      current.x0 = Math.min(current.x0, row.x0)
      current.x1 = Math.max(current.x1, row.x1)
    } else {
      flush()
      current = { y0: row.y, y1: row.y, colour: row.colour, x0: row.x0, x1: row.x1 }
    }
  }
  flush()
  return rules
}
