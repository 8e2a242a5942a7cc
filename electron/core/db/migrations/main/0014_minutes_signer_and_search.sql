-- 签发人: the leader who signs a 纪要 (a member of the meeting, usually the 书记) and the day
-- he signed, kept apart from the operator who entered it (issued_by, issued_at). The name is
-- kept as it was that day, like the other *_name columns.
ALTER TABLE `minutes` ADD `signer_id` text;
--> statement-breakpoint
ALTER TABLE `minutes` ADD `signer_name` text;
--> statement-breakpoint
ALTER TABLE `minutes` ADD `signed_on` text;
--> statement-breakpoint
CREATE INDEX `minutes_signer` ON `minutes` (`signer_id`);
