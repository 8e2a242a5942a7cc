import { useState, type DragEvent } from 'react'
import type { LrmxPreview } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PageHeader } from '../../components/PageHeader'
import { StatusMessage } from '../../components/StatusMessage'
import { BookTab } from './BookTab'
import { CadreFormDialog } from './CadreFormDialog'
import { CadresTab } from './CadresTab'
import { CountsTab } from './CountsTab'
import { ImportDialog } from './ImportDialog'
import { ImportProgress } from './ImportProgress'
import { TabList, TabPanel } from '../../components/Tabs'
import { personnelTabs, type PersonnelTabId } from './personnelTabs'
import { readDroppedFiles } from './readDroppedFiles'
import { RegisterTab } from './RegisterTab'
import { RemindersTab } from './RemindersTab'

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files')

/** The open book: import (picker or drag and drop), 新建档案, and the five tabs. */
export function PersonnelBook({ description, initialCadreId = null }: { description: string; initialCadreId?: string | null }) {
  const [tab, setTab] = useState<PersonnelTabId>(initialCadreId ? 'cadres' : 'register')
  // Bumped after an import or a new profile so the tabs read the book again.
  const [generation, setGeneration] = useState(0)
  const [preview, setPreview] = useState<{ value: LrmxPreview; refused: string[] } | null>(null)
  const [creating, setCreating] = useState(false)
  const [dragging, setDragging] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<string | null>(null)
  const [openCadreId, setOpenCadreId] = useState<string | null>(initialCadreId)

  async function pickFiles() {
    setError(null)
    setOutcome(null)
    setBusy(true)
    const result = await call('personnel.previewLrmx')
    setBusy(false)
    if (!result.ok) setError(result.error.message)
    else if (result.value) setPreview({ value: result.value, refused: [] })
  }

  async function drop(event: DragEvent) {
    if (!hasFiles(event)) return
    event.preventDefault()
    setDragging(false)
    setError(null)
    setOutcome(null)
    setBusy(true)
    const { files, refused } = await readDroppedFiles(Array.from(event.dataTransfer.files))
    const result = files.length > 0 ? await call('personnel.previewLrmxBytes', { files }) : null
    setBusy(false)
    if (result && !result.ok) setError(result.error.message)
    else if (result) setPreview({ value: result.value, refused })
    else setError(refused.join('；'))
  }

  function showCadre(id: string) {
    setOpenCadreId(id)
    setTab('cadres')
  }

  return (
    <div
      className={dragging ? 'personnel-page personnel-dropping' : 'personnel-page'}
      onDragOver={(event) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false)
      }}
      onDrop={(event) => void drop(event)}
    >
      <PageHeader
        title="干部任免"
        description={description}
        actions={
          <>
            <button type="button" className="button button-secondary" onClick={() => setCreating(true)}>
              新建档案…
            </button>
            <button type="button" className="button button-primary" onClick={() => void pickFiles()} disabled={busy}>
              导入 .lrmx…
            </button>
          </>
        }
      />
      <p className="drop-hint" aria-hidden={!dragging}>
        {dragging ? '松开鼠标即可读取这些任免审批表（导入前会先预览）' : '也可以把 .lrmx 文件拖到本页面导入；旧版 .lrm 文件请连同同名的 .pic 照片一起拖入。'}
      </p>
      {busy && <ImportProgress action="正在读取任免审批表" />}
      <ErrorMessage message={error} />
      {outcome && <StatusMessage tone="success">{outcome}</StatusMessage>}
      <TabList label="干部任免分类" idPrefix="personnel" tabs={personnelTabs} current={tab} onSelect={setTab} />
      {/* The register and the profiles are wide tables: they use the width a large screen has. */}
      <TabPanel idPrefix="personnel" current={tab} wide={tab === 'register' || tab === 'cadres'}>
        {tab === 'register' && <RegisterTab key={generation} onOpenCadre={showCadre} />}
        {tab === 'cadres' && <CadresTab key={generation} initialCadreId={openCadreId} />}
        {tab === 'book' && <BookTab key={generation} />}
        {tab === 'reminders' && <RemindersTab key={generation} onOpenCadre={showCadre} />}
        {tab === 'counts' && <CountsTab key={generation} />}
      </TabPanel>
      {preview && (
        <ImportDialog
          preview={preview.value}
          refusedBeforeReading={preview.refused}
          onClose={() => setPreview(null)}
          onImported={(summary) => {
            setPreview(null)
            setOutcome(summary)
            setGeneration((value) => value + 1)
          }}
        />
      )}
      {creating && (
        <CadreFormDialog
          cadre={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false)
            setOutcome(`已新建${saved.name}的档案。`)
            setGeneration((value) => value + 1)
            showCadre(saved.id)
          }}
        />
      )}
    </div>
  )
}
