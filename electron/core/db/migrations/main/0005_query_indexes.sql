DROP INDEX `agenda_items_topic_id`;--> statement-breakpoint
CREATE INDEX `agenda_items_topic_outcome` ON `agenda_items` (`topic_id`,`outcome`);--> statement-breakpoint
CREATE INDEX `topics_withdrawn` ON `topics` (`withdrawn_at`);