import type { HandlerGroup } from '../handler-types'
import { consultationOptions } from './consultation-options'
import { addMaterials, exportMaterial, removeMaterial } from './materials-service'
import { viewMaterial } from './material-view'
import { loadTopicSummary } from './topic-summary'
import { approveTopic, listTopics, saveTopic, withdrawTopic } from './topics-service'

export const topicsHandlers = {
  'topics.list': (input, session) => listTopics(session.db, input),
  'topics.get': (input, session) => loadTopicSummary(session.db, input.id),
  'topics.save': (input, session, core) => saveTopic(session, core, input),
  'topics.approve': (input, session, core) => approveTopic(session, core, input),
  'topics.withdraw': (input, session, core) => withdrawTopic(session, core, input),
  'topics.addMaterials': (input, session, core) => addMaterials(session, core, input),
  'topics.removeMaterial': (input, session, core) => removeMaterial(session, core, input),
  'topics.exportMaterial': (input, session, core) => exportMaterial(session, core, input),
  'topics.viewMaterial': (input, session) => viewMaterial(session, input.materialId),
  'topics.consultationOptions': (input, session) => consultationOptions(session.db, input.topicId),
} satisfies HandlerGroup<'topics.list' | 'topics.get' | 'topics.save' | 'topics.approve' | 'topics.withdraw' | 'topics.addMaterials' | 'topics.removeMaterial' | 'topics.exportMaterial' | 'topics.viewMaterial' | 'topics.consultationOptions'>
