-- The tally of a secret ballot (无记名投票) on a non-personnel item; the counts stay on agenda_items
-- (a personnel item's tally goes into the book). 监票人 and 计票人 as JSON arrays of person ids.
CREATE TABLE `ballot_tallies` (
	`agenda_item_id` text PRIMARY KEY NOT NULL,
	`issued` integer NOT NULL,
	`returned` integer NOT NULL,
	`valid` integer NOT NULL,
	`invalid` integer NOT NULL,
	`scrutineer_ids` text NOT NULL,
	`teller_ids` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Sealed with the signed meeting, like its ballots.
CREATE TRIGGER `ballot_tallies_sealed_insert` BEFORE INSERT ON `ballot_tallies` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = NEW.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `ballot_tallies_sealed_update` BEFORE UPDATE ON `ballot_tallies` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `ballot_tallies_sealed_delete` BEFORE DELETE ON `ballot_tallies` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
