import type { YishiCore } from '../../electron/core'
import type { DocumentModel } from '../../shared/documents/model'
import { isChannel, type Channel } from '../../shared/ipc/contract'
import { benchCall } from './bench-core'
import { sample, summarize, type Timing } from './measure'

// The 20-topic meeting's 会议纪要 as .docx: the model from the record (minutes.preview, which
// the export uses too) and the rendering to bytes, without the save dialog and the disk.
// The 纪要 feature is newer than this benchmark: when the channel is missing it is skipped.

type Render = (model: DocumentModel) => Promise<Buffer>

async function loadRenderer(): Promise<Render | null> {
  try {
    const module = (await import('../../electron/core/documents/docx/render-docx')) as { renderDocx?: Render }
    return module.renderDocx ?? null
  } catch {
    return null
  }
}

export async function measureDocx(core: YishiCore, meetingId: string, runs: number): Promise<{ label: string; timing: Timing; bytes: number } | null> {
  const render = await loadRenderer()
  if (!render || !isChannel('minutes.preview') || !isChannel('minutes.get')) return null
  const call = <T>(channel: string) => benchCall(core, channel as Channel, { meetingId } as never) as Promise<T>
  const state = await call<{ minutes: unknown }>('minutes.get')
  if (state.minutes === null) await call('minutes.draft')
  let bytes = 0
  const timing = summarize(
    await sample(
      async () => {
        bytes = (await render(await call<DocumentModel>('minutes.preview'))).length
      },
      { warmup: 2, runs },
    ),
  )
  return { label: '会议纪要 .docx（20 个议题：minutes.preview + renderDocx）', timing, bytes }
}
