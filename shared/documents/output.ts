import { z } from 'zod'

/** What a document's 导出 writes: the .docx, a PDF of the preview's sheets, or the printer. */
export const documentOutputs = ['docx', 'pdf', 'print'] as const
export type DocumentOutput = (typeof documentOutputs)[number]

/** Optional on every document export channel; .docx when left out. */
export const documentOutputField = z.enum(documentOutputs, { error: '导出格式只能是 docx、pdf 或打印' }).optional()

/** The saved file, `printed` after the print dialog printed, null when the user cancelled. */
export type DocumentOutputResult = { path: string } | { printed: true } | null
