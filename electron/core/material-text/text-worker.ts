// The worker thread that reads materials' text (text-extractor.ts starts it): main sends one
// material's decrypted bytes at a time (moved, not copied) and gets its text back, so parsing
// a long PDF never holds the dispatcher.
import { parentPort } from 'node:worker_threads'
import { extractText } from './extract-text'

parentPort?.on('message', ({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) => {
  void extractText(bytes, fileName).then((text) => parentPort?.postMessage(text))
})
