// The backup screens' name for the one size format (shared/format/date-time.ts).
export { formatFileSize as formatBytes } from '../../../../shared/format/date-time'
