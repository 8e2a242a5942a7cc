import { paragraphsOf, type MinutesContent } from '../../../../shared/documents/minutes/content'
import type { ClassificationLevel } from '../../../../shared/documents/settings'

// The 纪要 as the editor holds it: plain strings for the fields, one textarea per section
// (a paragraph a line), turned back into content for saving.

export interface MinutesForm {
  opening: string
  headings: string[]
  sections: string[]
  /** 会议认为 per section, as the secretary writes it. */
  views: string[]
  includePersonnel: boolean
  present: string
  leave: string
  guests: string
  level: ClassificationLevel
  years: string
  copyNumber: string
  distribution: string
}

export function formOf(content: MinutesContent): MinutesForm {
  return {
    opening: content.opening,
    headings: content.sections.map((section) => section.heading),
    sections: content.sections.map((section) => section.paragraphs.join('\n')),
    views: content.sections.map((section) => section.view),
    includePersonnel: content.includePersonnel,
    present: content.attendance.present,
    leave: content.attendance.leave,
    guests: content.attendance.guests,
    level: content.classification.level,
    years: content.classification.years === null ? '' : String(content.classification.years),
    copyNumber: content.copyNumber ?? '',
    distribution: content.distribution,
  }
}

/** The content to save; personnel sections keep what the record gave them. */
export function contentOf(form: MinutesForm, saved: MinutesContent): MinutesContent {
  const years = form.years.trim() === '' ? null : Number(form.years)
  return {
    opening: form.opening.trim(),
    sections: saved.sections.map((section, index) =>
      section.personnel
        ? section
        : { ...section, heading: form.headings[index]?.trim() ?? section.heading, paragraphs: paragraphsOf(form.sections[index] ?? ''), view: form.views[index]?.trim() ?? section.view },
    ),
    includePersonnel: form.includePersonnel,
    attendance: { present: form.present.trim(), leave: form.leave.trim(), guests: form.guests.trim() },
    classification: { level: form.level, years: form.level === 'none' ? null : years },
    copyNumber: form.level === 'none' || form.copyNumber.trim() === '' ? null : form.copyNumber.trim(),
    distribution: form.distribution.trim(),
  }
}

export const sameContent = (a: MinutesContent, b: MinutesContent) => JSON.stringify(a) === JSON.stringify(b)
