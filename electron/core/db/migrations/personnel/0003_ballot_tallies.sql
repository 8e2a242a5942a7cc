-- The tally of a secret ballot (无记名投票) on a personnel item: one per book entry, the
-- per-candidate counts stay on entry_decisions. 监票人 and 计票人 as names, as the book keeps members.
CREATE TABLE `entry_ballot_tallies` (
	`entry_id` text PRIMARY KEY NOT NULL,
	`members` integer NOT NULL,
	`present` integer NOT NULL,
	`issued` integer NOT NULL,
	`returned` integer NOT NULL,
	`valid` integer NOT NULL,
	`invalid` integer NOT NULL,
	`scrutineers` text NOT NULL,
	`tellers` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `book_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Sealed with its entry, like the decisions: no alteration, no removal.
CREATE TRIGGER `entry_ballot_tallies_sealed_insert` BEFORE INSERT ON `entry_ballot_tallies` WHEN (SELECT sealed_at FROM book_entries WHERE id = NEW.entry_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `entry_ballot_tallies_sealed_update` BEFORE UPDATE ON `entry_ballot_tallies` WHEN (SELECT sealed_at FROM book_entries WHERE id = OLD.entry_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `entry_ballot_tallies_sealed_delete` BEFORE DELETE ON `entry_ballot_tallies` WHEN (SELECT sealed_at FROM book_entries WHERE id = OLD.entry_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
