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
--> statement-breakpoint
-- 回避 in search: each recusal is an entry of kind 'recusal' (ref_id = item:person:candidate,
-- the recusals' primary key), titled with the member's name, its text the reason. The
-- candidate of a personnel item is not indexed (the book's business). Kept by triggers like
-- the speeches (0009), in both indexes, and renamed with the person.
CREATE TRIGGER `recusals_search_insert` AFTER INSERT ON `recusals` BEGIN INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'recusal', NEW.agenda_item_id || ':' || NEW.person_id || ':' || NEW.candidate, (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id), (SELECT name FROM people WHERE id = NEW.person_id), '回避：' || NEW.reason; INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
CREATE TRIGGER `recusals_search_update` AFTER UPDATE ON `recusals` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.agenda_item_id || ':' || OLD.person_id || ':' || OLD.candidate AND c0 = 'recusal'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.agenda_item_id || ':' || OLD.person_id || ':' || OLD.candidate AND c0 = 'recusal'); INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'recusal', NEW.agenda_item_id || ':' || NEW.person_id || ':' || NEW.candidate, (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id), (SELECT name FROM people WHERE id = NEW.person_id), '回避：' || NEW.reason; INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
CREATE TRIGGER `recusals_search_delete` AFTER DELETE ON `recusals` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.agenda_item_id || ':' || OLD.person_id || ':' || OLD.candidate AND c0 = 'recusal'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.agenda_item_id || ':' || OLD.person_id || ':' || OLD.candidate AND c0 = 'recusal'); END;
--> statement-breakpoint
CREATE TRIGGER `people_search_rename_recusals` AFTER UPDATE OF `name` ON `people` WHEN OLD.name <> NEW.name BEGIN UPDATE search_index SET title = NEW.name WHERE rowid IN (SELECT c.id FROM recusals r JOIN search_index_content c ON c.c1 = r.agenda_item_id || ':' || r.person_id || ':' || r.candidate AND c.c0 = 'recusal' WHERE r.person_id = NEW.id); DELETE FROM search_short WHERE rowid IN (SELECT c.id FROM recusals r JOIN search_index_content c ON c.c1 = r.agenda_item_id || ':' || r.person_id || ':' || r.candidate AND c.c0 = 'recusal' WHERE r.person_id = NEW.id); INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id IN (SELECT c.id FROM recusals r JOIN search_index_content c ON c.c1 = r.agenda_item_id || ':' || r.person_id || ':' || r.candidate AND c.c0 = 'recusal' WHERE r.person_id = NEW.id); END;
--> statement-breakpoint
-- The recusals recorded before this version.
INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'recusal', r.agenda_item_id || ':' || r.person_id || ':' || r.candidate, a.meeting_id, p.name, '回避：' || r.reason FROM recusals r JOIN agenda_items a ON a.id = r.agenda_item_id JOIN people p ON p.id = r.person_id;
--> statement-breakpoint
INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE c0 = 'recusal';
