/** What the meetings page hands to one meeting's page. */
export interface MeetingDetailPageProps {
  meetingId: string
  /** The agenda item to scroll to and mark (opened from search). */
  focusItemId?: string
  onBack: () => void
  onOpenLive: (itemId?: string) => void
  onOpenMeeting: (meetingId: string) => void
  onOpenTopic: (topicId: string) => void
}
