import { useEffect, useRef, useState } from 'react'
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'

// A PDF drawn page by page with pdf.js, from bytes in memory: no URL, no network (fonts drawn
// as paths, no font or character-map files fetched). Loaded only when a PDF is opened, so
// pdf.js stays out of the first chunk.

GlobalWorkerOptions.workerSrc = workerUrl

/** Page width on screen, in CSS pixels; drawn at the device's pixel ratio for sharp text. */
const pageWidth = 820

export default function PdfPages({ base64, fileName }: { base64: string; fileName: string }) {
  const holder = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; pages: number } | { status: 'error' }>({ status: 'loading' })

  useEffect(() => {
    let cancelled = false
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
    const task = getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false, verbosity: 0 })
    void (async () => {
      try {
        const pdf = await task.promise
        const target = holder.current
        if (cancelled || !target) return
        target.replaceChildren()
        for (let number = 1; number <= pdf.numPages && !cancelled; number += 1) {
          const page = await pdf.getPage(number)
          const unscaled = page.getViewport({ scale: 1 })
          const viewport = page.getViewport({ scale: (pageWidth / unscaled.width) * window.devicePixelRatio })
          const canvas = document.createElement('canvas')
          canvas.width = Math.floor(viewport.width)
          canvas.height = Math.floor(viewport.height)
          canvas.style.width = `${pageWidth}px`
          canvas.className = 'material-pdf-page'
          canvas.setAttribute('role', 'img')
          canvas.setAttribute('aria-label', `${fileName} 第 ${number} 页`)
          target.append(canvas)
          await page.render({ canvas, viewport }).promise
        }
        if (!cancelled) setState({ status: 'ready', pages: pdf.numPages })
      } catch {
        if (!cancelled) setState({ status: 'error' })
      }
    })()
    return () => {
      cancelled = true
      void task.destroy()
    }
  }, [base64, fileName])

  return (
    <>
      {state.status === 'loading' && <LoadingIndicator text="正在显示 PDF…" />}
      {state.status === 'error' && <ErrorMessage message={`“${fileName}”无法显示（文件已损坏或不是 PDF），请使用“导出…”后用其他软件打开。`} />}
      {state.status === 'ready' && <p className="card-note">共 {state.pages} 页</p>}
      <div ref={holder} className="material-pdf" />
    </>
  )
}
