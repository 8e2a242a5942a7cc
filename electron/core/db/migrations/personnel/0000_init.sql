CREATE TABLE `personnel_store_info` (
	`id` integer PRIMARY KEY NOT NULL,
	`vault_id` text NOT NULL,
	`created_at` text NOT NULL
);
