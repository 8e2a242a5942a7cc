import { useCallback, useRef, useState } from 'react'
import { minutesStatusLabels } from '../../../../shared/documents/minutes/content'
import type { MinutesState } from '../../../../shared/documents/minutes/views'
import { meetingStatusLabels } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { TabList, TabPanel } from '../../components/Tabs'
import { useSession } from '../session/SessionContext'
import { MinutesActionBar } from './MinutesActionBar'
import { MinutesEditor } from './MinutesEditor'
import { MinutesPreview } from './MinutesPreview'
import { MinutesStepper } from './MinutesStepper'
import { useMinutes, type MinutesActions } from './useMinutes'
import './minutes.css'

interface MinutesScreenProps {
  meetingId: string
  /** Back to the meeting (which 签发 may have signed). */
  onBack: () => void
}

/** 会议纪要 of one meeting: 起草 from the record, edit, 审核, 签发 (sealing the meeting), preview and export. */
export function MinutesScreen({ meetingId, onBack }: MinutesScreenProps) {
  const [state, actions] = useMinutes(meetingId)
  const back = (
    <button type="button" className="button button-link back-button" onClick={onBack}>
      ← 返回会议
    </button>
  )
  if (state.status !== 'ready') {
    return (
      <div className="stack minutes-page">
        {back}
        {state.status === 'loading' ? <LoadingIndicator text="正在加载会议纪要…" /> : <ErrorMessage message={state.error.message} />}
      </div>
    )
  }
  const value = state.value
  return (
    <div className="stack minutes-page">
      {back}
      {value.minutes ? <MinutesWorkspace state={value} actions={actions} /> : <NoMinutes state={value} actions={actions} />}
    </div>
  )
}

function NoMinutes({ state, actions }: { state: MinutesState; actions: MinutesActions }) {
  const { session } = useSession()
  const canWrite = session.permissions.includes('records.write')
  const held = state.meetingStatus === 'ended' || state.meetingStatus === 'signed'
  return (
    <>
      <header className="meeting-header">
        <div>
          <h1>{state.meetingLabel}纪要</h1>
          <p className="page-description">会议纪要依据会议记录起草，经审核、签发后印发。</p>
        </div>
      </header>
      <EmptyState title="尚未起草纪要">
        {held ? (
          <p>起草时按会议记录生成开头、各议题的议定事项和出席、请假、列席情况，并编排期号；起草后可以逐段修改。</p>
        ) : (
          <p>会议处于“{meetingStatusLabels[state.meetingStatus]}”阶段：会议结束后才能起草纪要。</p>
        )}
        {canWrite && held && (
          <button type="button" className="button button-primary" disabled={actions.busy} onClick={() => void actions.run(() => call('minutes.draft', { meetingId: state.meetingId }), '已依据会议记录起草纪要。')}>
            起草纪要
          </button>
        )}
      </EmptyState>
      <ErrorMessage message={actions.error} />
      {actions.busy && <StatusMessage tone="busy">正在起草…</StatusMessage>}
    </>
  )
}

type Tab = 'edit' | 'preview'

function MinutesWorkspace({ state, actions }: { state: MinutesState; actions: MinutesActions }) {
  const { session } = useSession()
  const minutes = state.minutes!
  const canWrite = session.permissions.includes('records.write')
  const editable = canWrite && minutes.status === 'draft'
  const [tab, setTab] = useState<Tab>(editable ? 'edit' : 'preview')
  const save = useRef<(() => Promise<boolean>) | null>(null)
  const saveFirst = () => (editable && save.current ? save.current() : Promise.resolve(true))
  const onSaveHandle = useCallback((handle: (() => Promise<boolean>) | null) => {
    save.current = handle
  }, [])
  const tabs = editable ? ([{ id: 'edit', label: '编辑' }, { id: 'preview', label: '预览' }] as const) : ([{ id: 'preview', label: '预览' }] as const)
  const current: Tab = editable ? tab : 'preview'

  return (
    <>
      <header className="meeting-header">
        <div>
          <h1>
            {state.meetingLabel}纪要 <span className="minutes-issue">（{minutes.year}年第{minutes.issueNumber}期）</span>
          </h1>
          <p className="page-description">
            纪要状态：<strong className={`minutes-status minutes-status-${minutes.status}`}>{minutesStatusLabels[minutes.status]}</strong> · 会议记录：{meetingStatusLabels[state.meetingStatus]}
          </p>
        </div>
        <MinutesActionBar state={state} actions={actions} canWrite={canWrite} saveFirst={saveFirst} />
      </header>
      <MinutesStepper minutes={minutes} />
      {minutes.returnReason && <StatusMessage>审核时退回修改，原因：{minutes.returnReason}</StatusMessage>}
      <ErrorMessage message={actions.error} />
      {actions.notice && <StatusMessage tone="success">{actions.notice}</StatusMessage>}
      <TabList
        label="纪要"
        idPrefix="minutes"
        tabs={tabs}
        current={current}
        onSelect={(next) => {
          if (next === 'preview') void saveFirst()
          setTab(next)
        }}
      />
      <TabPanel idPrefix="minutes" current={current}>
        {current === 'edit' ? (
          <MinutesEditor state={state} actions={actions} onSaveHandle={onSaveHandle} />
        ) : (
          <MinutesPreview meetingId={state.meetingId} version={minutes.updatedAt + minutes.status} />
        )}
      </TabPanel>
    </>
  )
}
