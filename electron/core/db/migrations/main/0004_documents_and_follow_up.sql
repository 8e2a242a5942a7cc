CREATE TABLE `minutes` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`body_id` text NOT NULL,
	`year` integer NOT NULL,
	`issue_number` integer NOT NULL,
	`status` text NOT NULL,
	`content` text NOT NULL,
	`drafted_at` text NOT NULL,
	`drafted_by` text,
	`drafted_by_name` text NOT NULL,
	`reviewed_at` text,
	`reviewed_by` text,
	`reviewed_by_name` text,
	`issued_at` text,
	`issued_by` text,
	`issued_by_name` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_meeting_id_unique` ON `minutes` (`meeting_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_number` ON `minutes` (`body_id`,`year`,`issue_number`);--> statement-breakpoint
CREATE INDEX `minutes_status` ON `minutes` (`status`);--> statement-breakpoint
CREATE TABLE `follow_up_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`agenda_item_id` text NOT NULL,
	`lead_leader_id` text,
	`responsible_units` text,
	`deadline` text,
	`state` text DEFAULT 'not_started' NOT NULL,
	`completed_at` text,
	`closed_at` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_leader_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_up_tasks_agenda_item_id_unique` ON `follow_up_tasks` (`agenda_item_id`);--> statement-breakpoint
CREATE INDEX `follow_up_tasks_deadline` ON `follow_up_tasks` (`deadline`);--> statement-breakpoint
CREATE INDEX `follow_up_tasks_state` ON `follow_up_tasks` (`state`);--> statement-breakpoint
CREATE TABLE `task_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`content` blob NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`report_id`) REFERENCES `task_reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_attachments_report` ON `task_attachments` (`report_id`);--> statement-breakpoint
CREATE TABLE `task_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`task_id` text NOT NULL,
	`date` text NOT NULL,
	`text` text NOT NULL,
	`author_name` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`task_id`) REFERENCES `follow_up_tasks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_reports_task` ON `task_reports` (`task_id`);--> statement-breakpoint
CREATE TABLE `task_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`task_id` text NOT NULL,
	`date` text NOT NULL,
	`result` text NOT NULL,
	`reason` text NOT NULL,
	`reviewer_name` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`task_id`) REFERENCES `follow_up_tasks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_reviews_task` ON `task_reviews` (`task_id`);--> statement-breakpoint
-- An issued (已签发) 纪要 never changes, like the meeting it records.
CREATE TRIGGER `minutes_issued_update` BEFORE UPDATE ON `minutes` WHEN OLD.status = 'issued' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `minutes_issued_delete` BEFORE DELETE ON `minutes` WHEN OLD.status = 'issued' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
-- Progress reports, their files and reviews are the follow-up's record: append-only.
CREATE TRIGGER `task_reports_no_update` BEFORE UPDATE ON `task_reports` BEGIN SELECT RAISE(ABORT, 'task reports are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `task_reports_no_delete` BEFORE DELETE ON `task_reports` BEGIN SELECT RAISE(ABORT, 'task reports are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `task_attachments_no_update` BEFORE UPDATE ON `task_attachments` BEGIN SELECT RAISE(ABORT, 'task attachments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `task_attachments_no_delete` BEFORE DELETE ON `task_attachments` BEGIN SELECT RAISE(ABORT, 'task attachments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `task_reviews_no_update` BEFORE UPDATE ON `task_reviews` BEGIN SELECT RAISE(ABORT, 'task reviews are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `task_reviews_no_delete` BEFORE DELETE ON `task_reviews` BEGIN SELECT RAISE(ABORT, 'task reviews are append-only'); END;
--> statement-breakpoint
-- Decisions passed before this version become follow-up tasks too (personnel decisions are
-- followed up in the personnel book, not here). Ids are random version-4 UUIDs.
INSERT INTO `follow_up_tasks` (`id`, `agenda_item_id`, `lead_leader_id`, `responsible_units`, `deadline`, `state`, `created_at`, `updated_at`)
SELECT
  lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
  a.`id`, a.`lead_leader_id`, a.`responsible_units`, a.`deadline`, 'not_started',
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `agenda_items` a JOIN `topics` t ON t.`id` = a.`topic_id`
WHERE a.`outcome` = 'passed' AND t.`category` <> 'personnel';
