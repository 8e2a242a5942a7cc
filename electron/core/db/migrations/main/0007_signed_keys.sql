-- The key file is signed (electron/core/vault/ledger.ts): the hash of its first signed record is
-- fixed here, where only holders of the main key can write, and checked at every unlock.
ALTER TABLE `vault_info` ADD `key_anchor` text;
--> statement-breakpoint
-- How far an unlock already verified those records (`count:hash`): only newer ones are checked again.
ALTER TABLE `vault_info` ADD `key_ledger_verified` text;
--> statement-breakpoint
-- Display copy of the verified key file's signing public keys, rewritten from it at unlock.
CREATE TABLE `signing_keys` (
	`public_key` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL
);
--> statement-breakpoint
-- 签发 signs the seal with the signer's key; the hash alone can be recomputed by any key holder.
ALTER TABLE `meetings` ADD `seal_signature` text;
--> statement-breakpoint
-- The audit chain's head as signed by the acting user at each lock. Append-only, like the log.
CREATE TABLE `audit_checkpoints` (
	`count` integer PRIMARY KEY NOT NULL,
	`hash` text NOT NULL,
	`user_id` text NOT NULL,
	`at` text NOT NULL,
	`public_key` text NOT NULL,
	`signature` text NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `audit_checkpoints_no_update` BEFORE UPDATE ON `audit_checkpoints` BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_checkpoints_no_delete` BEFORE DELETE ON `audit_checkpoints` BEGIN SELECT RAISE(ABORT, 'APPEND_ONLY'); END;
