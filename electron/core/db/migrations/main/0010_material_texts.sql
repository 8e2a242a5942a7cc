-- Search inside materials: which materials have had their text read (material-text/), and
-- whether a text was found. The text itself is a search entry of kind 'material' (ref_id =
-- the material's id) in search_index and search_short, written with this row in one
-- transaction. A material without a row is read by the background step after unlock.
-- state: 'text' (indexed), 'no_text' (a PDF without a text layer: 无文字层), 'unsupported'
-- (a format whose text is not read), 'failed' (unreadable; not retried until it changes).
CREATE TABLE `material_texts` (
	`material_id` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`chars` integer NOT NULL,
	`read_at` text NOT NULL
);
--> statement-breakpoint
-- A removed material takes its text out of the index in the same transaction.
CREATE TRIGGER `topic_materials_text_delete` AFTER DELETE ON `topic_materials` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'material'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'material'); DELETE FROM material_texts WHERE material_id = OLD.id; END;
--> statement-breakpoint
-- A material whose content is replaced (a new file or new bytes) is read again.
CREATE TRIGGER `topic_materials_text_replace` AFTER UPDATE OF `sha256` ON `topic_materials` WHEN OLD.sha256 IS NOT NEW.sha256 BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'material'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'material'); DELETE FROM material_texts WHERE material_id = OLD.id; END;
