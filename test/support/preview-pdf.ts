import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import type { DocumentModel } from '../../shared/documents/model'
import { chromiumLaunchOptions } from '../e2e/support/chromium'

// The preview's sheets printed by Chromium (page.pdf, as the app's 导出PDF prints them),
// with the preview's own stylesheet and print rules: the second PDF every document is
// measured on. Tests and the demo's gallery (npm run demo).

const stylesheet = join(process.cwd(), 'renderer', 'src', 'features', 'documents', 'documents.css')

// The component (.tsx) and React's server renderer are the renderer's, typed by the web
// project with the DOM: loaded by name here, so this Node-typed helper does not compile them
// a second time without the DOM and JSX settings.
const previewModule = join(process.cwd(), 'renderer', 'src', 'features', 'documents', 'DocumentPreview.tsx')
const reactModule = 'react'
const serverModule = 'react-dom/server'

export async function previewHtml(model: DocumentModel): Promise<string> {
  const { DocumentPreview } = (await import(previewModule)) as { DocumentPreview: unknown }
  const { createElement } = (await import(reactModule)) as { createElement: (type: unknown, props: object) => unknown }
  const { renderToStaticMarkup } = (await import(serverModule)) as { renderToStaticMarkup: (element: unknown) => string }
  const markup = renderToStaticMarkup(createElement(DocumentPreview, { model }))
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${readFileSync(stylesheet, 'utf8')}</style></head><body style="margin:0">${markup}</body></html>`
}

/** One Chromium for several documents: print(model, path) writes the model's preview as a PDF. */
export async function previewPrinter(): Promise<{ print: (model: DocumentModel, pdfPath: string) => Promise<string>; close: () => Promise<void> }> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  return {
    async print(model, pdfPath) {
      const page = await browser.newPage()
      try {
        // No request may leave: the page is self-contained.
        await page.route('**/*', (route) => route.abort())
        await page.setContent(await previewHtml(model), { waitUntil: 'load' })
        await page.emulateMedia({ media: 'print' })
        await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
      } finally {
        await page.close()
      }
      return pdfPath
    },
    close: () => browser.close(),
  }
}

/** Prints the model's preview to `pdfPath` through Debian's Chromium. */
export async function previewToPdf(model: DocumentModel, pdfPath: string): Promise<string> {
  const printer = await previewPrinter()
  try {
    return await printer.print(model, pdfPath)
  } finally {
    await printer.close()
  }
}
