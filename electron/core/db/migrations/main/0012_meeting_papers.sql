-- The papers of a meeting day (issue 15).
-- 签到表: which members the secretary ticked as signed on the printed sheet after the
-- meeting (a row = signed). 涉密材料分发回收: each classified material of a meeting and its
-- numbered copies (份号), one per recipient, with whether the copy came back or why it did
-- not (note). Recipients are kept as printed (a name and post snapshot), since a copy is
-- handed to a person, not to a later rename. 议程: an item's planned time (HH:MM), printed
-- when set.
CREATE TABLE `meeting_sign_ins` (
	`meeting_id` text NOT NULL,
	`person_id` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	PRIMARY KEY(`meeting_id`, `person_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `secret_materials` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`agenda_item_id` text,
	`title` text NOT NULL,
	`classification_level` text NOT NULL,
	`classification_years` integer,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `secret_materials_meeting` ON `secret_materials` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `secret_copies` (
	`id` text PRIMARY KEY NOT NULL,
	`material_id` text NOT NULL,
	`copy_number` integer NOT NULL,
	`recipient_group` text NOT NULL,
	`recipient_name` text NOT NULL,
	`recipient_post` text,
	`state` text NOT NULL,
	`note` text,
	`returned_at` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`material_id`) REFERENCES `secret_materials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `secret_copies_number` ON `secret_copies` (`material_id`,`copy_number`);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `planned_time` text;
