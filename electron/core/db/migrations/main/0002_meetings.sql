CREATE TABLE `member_duties` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_duties_order` ON `member_duties` (`person_id`,`position`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`post` text NOT NULL,
	`rank` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`end_reason` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memberships_person` ON `memberships` (`person_id`);--> statement-breakpoint
CREATE INDEX `memberships_dates` ON `memberships` (`start_date`,`end_date`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sex` text,
	`unit` text,
	`note` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `substitutions` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`substitute_id` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`substitute_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `terms` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `terms_name_unique` ON `terms` (`name`);--> statement-breakpoint
CREATE TABLE `work_areas` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`units` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_areas_name_unique` ON `work_areas` (`name`);--> statement-breakpoint
CREATE TABLE `work_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`area_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`area_id`) REFERENCES `work_areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_assignments_area` ON `work_assignments` (`area_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`topic_id` text NOT NULL,
	`position` integer NOT NULL,
	`report_notes` text,
	`speaking_order` text,
	`speaking_order_reason` text,
	`vote_method` text,
	`votes_for` integer,
	`votes_against` integer,
	`votes_abstain` integer,
	`outcome` text,
	`decision_text` text,
	`lead_leader_id` text,
	`responsible_units` text,
	`deadline` text,
	`decided_at` text,
	`decided_by` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_leader_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_items_topic` ON `agenda_items` (`meeting_id`,`topic_id`);--> statement-breakpoint
CREATE INDEX `agenda_items_topic_id` ON `agenda_items` (`topic_id`);--> statement-breakpoint
CREATE TABLE `amendments` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`target` text NOT NULL,
	`target_id` text NOT NULL,
	`field` text NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`reason` text NOT NULL,
	`at` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `amendments_meeting` ON `amendments` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `ballots` (
	`agenda_item_id` text NOT NULL,
	`person_id` text NOT NULL,
	`choice` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`agenda_item_id`, `person_id`),
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bodies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`numbering` text DEFAULT 'year' NOT NULL,
	`quorum_required` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bodies_name_unique` ON `bodies` (`name`);--> statement-breakpoint
CREATE TABLE `item_absences` (
	`agenda_item_id` text NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`agenda_item_id`, `person_id`),
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meeting_guests` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`name` text NOT NULL,
	`post` text,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_guests_meeting` ON `meeting_guests` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `meeting_members` (
	`meeting_id` text NOT NULL,
	`person_id` text NOT NULL,
	`rank` integer NOT NULL,
	`post` text NOT NULL,
	`attendance` text DEFAULT 'pending' NOT NULL,
	`leave_reason` text,
	`leave_note` text,
	`written_view` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`meeting_id`, `person_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`body_id` text NOT NULL,
	`term_id` text,
	`numbering_scope` text NOT NULL,
	`sequence` integer NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text,
	`place` text NOT NULL,
	`chair_id` text,
	`recorder_name` text NOT NULL,
	`status` text NOT NULL,
	`notified_at` text,
	`started_at` text,
	`ended_at` text,
	`signed_at` text,
	`signed_by` text,
	`signed_by_name` text,
	`seal_hash` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`term_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chair_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_number` ON `meetings` (`body_id`,`numbering_scope`,`sequence`);--> statement-breakpoint
CREATE INDEX `meetings_date` ON `meetings` (`date`);--> statement-breakpoint
CREATE TABLE `recusals` (
	`agenda_item_id` text NOT NULL,
	`person_id` text NOT NULL,
	`candidate` text DEFAULT '' NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`agenda_item_id`, `person_id`, `candidate`),
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `speeches` (
	`agenda_item_id` text NOT NULL,
	`person_id` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`stance` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`agenda_item_id`, `person_id`),
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `topic_guests` (
	`id` text PRIMARY KEY NOT NULL,
	`topic_id` text NOT NULL,
	`name` text NOT NULL,
	`post` text,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `topic_guests_topic` ON `topic_guests` (`topic_id`);--> statement-breakpoint
CREATE TABLE `topic_materials` (
	`id` text PRIMARY KEY NOT NULL,
	`topic_id` text NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`content` blob NOT NULL,
	`received_at` text NOT NULL,
	`received_by` text,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `topic_materials_topic` ON `topic_materials` (`topic_id`);--> statement-breakpoint
CREATE TABLE `topics` (
	`id` text PRIMARY KEY NOT NULL,
	`body_id` text NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`proposing_unit` text NOT NULL,
	`presenter` text NOT NULL,
	`leader_in_charge_id` text,
	`leader_signed_off_on` text,
	`summary` text,
	`consultation_item_id` text,
	`approved_at` text,
	`approved_by` text,
	`approved_by_name` text,
	`withdrawn_at` text,
	`withdrawn_reason` text,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`body_id`) REFERENCES `bodies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_in_charge_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `topics_body` ON `topics` (`body_id`);