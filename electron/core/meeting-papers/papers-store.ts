import { asc, eq, inArray } from 'drizzle-orm'
import { copyNumberText } from '../../../shared/meeting-papers/copies'
import type { CopyRecipientGroup, CopyState, MeetingPapersView, SecretMaterialView } from '../../../shared/meeting-papers/views'
import type { ClassificationLevel } from '../../../shared/documents/settings'
import type { MainDb } from '../db/migrate'
import { meetingSignIns, secretCopies, secretMaterials } from '../db/schema/main'

// The papers of one meeting as stored: the members ticked on the 签到表 and the classified
// materials with their copies by 份号.

export function loadSecretMaterials(db: MainDb, meetingId: string): SecretMaterialView[] {
  const materials = db.select().from(secretMaterials).where(eq(secretMaterials.meetingId, meetingId)).orderBy(asc(secretMaterials.createdAt), asc(secretMaterials.id)).all()
  if (materials.length === 0) return []
  const copies = db.select().from(secretCopies).where(inArray(secretCopies.materialId, materials.map((m) => m.id))).orderBy(asc(secretCopies.copyNumber)).all()
  return materials.map((material) => ({
    id: material.id,
    itemId: material.agendaItemId,
    title: material.title,
    classification: { level: material.classificationLevel as ClassificationLevel, years: material.classificationYears },
    copies: copies
      .filter((copy) => copy.materialId === material.id)
      .map((copy) => ({
        id: copy.id,
        materialId: copy.materialId,
        copyNumber: copyNumberText(copy.copyNumber),
        recipientGroup: copy.recipientGroup as CopyRecipientGroup,
        recipientName: copy.recipientName,
        recipientPost: copy.recipientPost,
        state: copy.state as CopyState,
        note: copy.note,
        returnedAt: copy.returnedAt,
      })),
  }))
}

export function loadMeetingPapers(db: MainDb, meetingId: string): MeetingPapersView {
  const signedIn = db.select({ personId: meetingSignIns.personId }).from(meetingSignIns).where(eq(meetingSignIns.meetingId, meetingId)).all().map((row) => row.personId)
  return { meetingId, signedIn, materials: loadSecretMaterials(db, meetingId) }
}
