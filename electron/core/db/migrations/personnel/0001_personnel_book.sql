CREATE TABLE `book_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`book_id` text NOT NULL,
	`number` integer NOT NULL,
	`meeting_id` text NOT NULL,
	`agenda_item_id` text NOT NULL,
	`meeting_label` text NOT NULL,
	`meeting_date` text NOT NULL,
	`body_kind` text NOT NULL,
	`topic_title` text NOT NULL,
	`corrects_entry_id` text,
	`correction_reason` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`sealed_at` text,
	`seal_hash` text,
	`chair_name` text,
	`recorder_name` text,
	FOREIGN KEY (`book_id`) REFERENCES `books`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrects_entry_id`) REFERENCES `book_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `book_entries_number` ON `book_entries` (`book_id`,`number`);--> statement-breakpoint
CREATE INDEX `book_entries_meeting` ON `book_entries` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `books` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`opened_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `books_year_number` ON `books` (`year`,`number`);--> statement-breakpoint
CREATE TABLE `cadres` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sex` text NOT NULL,
	`birth` text NOT NULL,
	`ethnicity` text NOT NULL,
	`native_place` text NOT NULL,
	`current_post` text NOT NULL,
	`reporting_unit` text NOT NULL,
	`id_number` text,
	`form` text NOT NULL,
	`photo` blob,
	`photo_type` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cadres_id_number` ON `cadres` (`id_number`);--> statement-breakpoint
CREATE INDEX `cadres_name` ON `cadres` (`name`);--> statement-breakpoint
CREATE TABLE `entry_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`entry_id` text NOT NULL,
	`matter_id` text NOT NULL,
	`position` integer NOT NULL,
	`candidate` text NOT NULL,
	`vote_method` text NOT NULL,
	`members` integer NOT NULL,
	`participants` integer NOT NULL,
	`votes_for` integer NOT NULL,
	`votes_against` integer NOT NULL,
	`votes_abstain` integer NOT NULL,
	`result` text NOT NULL,
	`reconsideration_agreed` integer,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `book_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_decisions_matter` ON `entry_decisions` (`entry_id`,`matter_id`);--> statement-breakpoint
CREATE TABLE `entry_member_views` (
	`decision_id` text NOT NULL,
	`member_id` text NOT NULL,
	`member_name` text NOT NULL,
	`rank` integer NOT NULL,
	`presence` text NOT NULL,
	`view` text,
	`recusal_reason` text,
	FOREIGN KEY (`decision_id`) REFERENCES `entry_decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_member_views_pk` ON `entry_member_views` (`decision_id`,`member_id`);--> statement-breakpoint
CREATE TABLE `matters` (
	`id` text PRIMARY KEY NOT NULL,
	`cadre_id` text NOT NULL,
	`topic_id` text,
	`action_type` text NOT NULL,
	`proposed_post` text DEFAULT '' NOT NULL,
	`post_to_remove` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`reasons` text DEFAULT '' NOT NULL,
	`probation` integer DEFAULT false NOT NULL,
	`proposed_on` text,
	`recommended_on` text,
	`inspected_on` text,
	`integrity_opinion` text,
	`consulted_on` text,
	`consultation_meeting_id` text,
	`consultation_item_id` text,
	`decided_on` text,
	`decision_meeting_id` text,
	`decision_item_id` text,
	`decision_result` text,
	`decision_entry_id` text,
	`notice_start` text,
	`notice_end` text,
	`appointment_doc_no` text,
	`appointed_on` text,
	`talk_on` text,
	`probation_end` text,
	`confirmed_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`cadre_id`) REFERENCES `cadres`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matters_cadre` ON `matters` (`cadre_id`);--> statement-breakpoint
CREATE INDEX `matters_topic` ON `matters` (`topic_id`);--> statement-breakpoint
-- Seals: a sealed book entry, its decisions and its members' views never change and are never removed (no alteration, no removal of pages); a correction is a new entry.
CREATE TRIGGER `book_entries_sealed_update` BEFORE UPDATE ON `book_entries` WHEN OLD.sealed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `book_entries_sealed_delete` BEFORE DELETE ON `book_entries` WHEN OLD.sealed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `entry_decisions_sealed_insert` BEFORE INSERT ON `entry_decisions` WHEN (SELECT sealed_at FROM book_entries WHERE id = NEW.entry_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `entry_decisions_sealed_update` BEFORE UPDATE ON `entry_decisions` WHEN (SELECT sealed_at FROM book_entries WHERE id = OLD.entry_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `entry_decisions_sealed_delete` BEFORE DELETE ON `entry_decisions` WHEN (SELECT sealed_at FROM book_entries WHERE id = OLD.entry_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `entry_member_views_sealed_insert` BEFORE INSERT ON `entry_member_views` WHEN (SELECT e.sealed_at FROM entry_decisions d JOIN book_entries e ON e.id = d.entry_id WHERE d.id = NEW.decision_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `entry_member_views_sealed_update` BEFORE UPDATE ON `entry_member_views` WHEN (SELECT e.sealed_at FROM entry_decisions d JOIN book_entries e ON e.id = d.entry_id WHERE d.id = OLD.decision_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `entry_member_views_sealed_delete` BEFORE DELETE ON `entry_member_views` WHEN (SELECT e.sealed_at FROM entry_decisions d JOIN book_entries e ON e.id = d.entry_id WHERE d.id = OLD.decision_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
