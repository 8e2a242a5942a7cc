import { useState } from 'react'
import { useNavigation } from '../layout/navigation'
import { TaskDetailPage } from './TaskDetailPage'
import { TaskListPage } from './TaskListPage'
import { defaultTaskFilter } from './TaskFilterBar'
import type { TaskFilter } from '../../../../shared/follow-up/task-filter'
import './follow-up.css'

/** 督办: the tasks of passed decisions; opens on the task it was navigated to (from 首页). */
export function FollowUpPage() {
  const { target } = useNavigation()
  const [taskId, setTaskId] = useState<string | null>(target?.taskId ?? null)
  // Kept here so going back to the list finds the same filter.
  const [filter, setFilter] = useState<TaskFilter>(defaultTaskFilter)
  if (taskId) return <TaskDetailPage taskId={taskId} onBack={() => setTaskId(null)} />
  return <TaskListPage filter={filter} onFilter={setFilter} onOpen={setTaskId} />
}
