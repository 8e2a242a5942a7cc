-- 签发 signs a book entry's seal with the signer's signing key, as it signs the meeting's
-- (seals/signed-seal.ts): the hash alone can be recomputed by any holder of the personnel key.
-- Entries sealed before keep only their hash check (shown as 旧式校验).
ALTER TABLE `book_entries` ADD `seal_signature` text;
--> statement-breakpoint
ALTER TABLE `book_entries` ADD `sealed_by` text;
--> statement-breakpoint
-- Whether the main store's audit chain already says from when on entries are signed
-- (seals/entry-signing-start.ts): saves looking for that entry at every unlock.
CREATE TABLE `entry_signing_start` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL
);
