// An ISO timestamp as the office writes it: 2026年11月24日 09:35 (one format, in shared/).
export { formatChineseDateTime as chineseDateTime } from '../../../../shared/format/date-time'
