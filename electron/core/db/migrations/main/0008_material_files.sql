-- Materials and 督办 attachments move out of the store into encrypted files (vault-files/):
-- each row gets its file's id and wrapped key. The bytes are moved by a resumable step at
-- unlock (move-blobs.ts), not here, so this migration is quick whatever the vault's size.
ALTER TABLE `topic_materials` ADD `file_id` text;
--> statement-breakpoint
ALTER TABLE `topic_materials` ADD `file_key` text;
--> statement-breakpoint
ALTER TABLE `task_attachments` ADD `file_id` text;
--> statement-breakpoint
ALTER TABLE `task_attachments` ADD `file_key` text;
--> statement-breakpoint
CREATE INDEX `topic_materials_file` ON `topic_materials` (`file_id`);
--> statement-breakpoint
CREATE INDEX `task_attachments_file` ON `task_attachments` (`file_id`);
--> statement-breakpoint
-- Attachments stay append-only; the only change allowed is the content's move into its file
-- (once) and re-wrapping its key when the data key is rotated.
DROP TRIGGER `task_attachments_no_update`;
--> statement-breakpoint
CREATE TRIGGER `task_attachments_no_update` BEFORE UPDATE ON `task_attachments`
WHEN NOT (
  NEW.id IS OLD.id AND NEW.report_id IS OLD.report_id AND NEW.file_name IS OLD.file_name
  AND NEW.media_type IS OLD.media_type AND NEW.size IS OLD.size AND NEW.sha256 IS OLD.sha256
  AND NEW.created_at IS OLD.created_at AND NEW.created_by IS OLD.created_by
  AND NEW.updated_at IS OLD.updated_at AND NEW.updated_by IS OLD.updated_by
  AND NEW.file_id IS NOT NULL AND NEW.file_key IS NOT NULL AND length(NEW.content) = 0
  AND (OLD.file_id IS NULL OR NEW.file_id IS OLD.file_id)
)
BEGIN SELECT RAISE(ABORT, 'task attachments are append-only'); END;
