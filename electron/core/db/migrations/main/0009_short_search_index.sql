-- Search for terms of one or two characters (most names, 「王」「财政」) without scanning the
-- whole index: a contentless FTS5 table of each entry's character and character-pair tokens
-- (shared/search/short-grams.ts, computed by the search_grams function the app registers on
-- its connection), under the same rowid as the entry in search_index, so its text and fields
-- are read from search_index_content by primary key. Column detail only: which of title and
-- body holds a token, not where (title hits are listed first).
CREATE VIRTUAL TABLE `search_short` USING fts5(title, body, content='', contentless_delete=1, detail=column, tokenize='ascii');
--> statement-breakpoint
-- An entry is found by its kind and record id (c0, c1) without reading the whole index: every
-- trigger below deletes and re-reads entries through it (before, each saved speech scanned
-- all entries to delete its old one).
CREATE INDEX `search_index_content_ref` ON `search_index_content` (`c1`, `c0`);
--> statement-breakpoint
DROP TRIGGER `topics_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `topics_search_insert` AFTER INSERT ON `topics` BEGIN INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'topic', NEW.id, NULL, NEW.title, NEW.proposing_unit || ' ' || NEW.presenter || ' ' || coalesce(NEW.summary, ''); INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
DROP TRIGGER `topics_search_update`;
--> statement-breakpoint
CREATE TRIGGER `topics_search_update` AFTER UPDATE ON `topics` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'topic'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'topic'); INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'topic', NEW.id, NULL, NEW.title, NEW.proposing_unit || ' ' || NEW.presenter || ' ' || coalesce(NEW.summary, ''); INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
DROP TRIGGER `topics_search_delete`;
--> statement-breakpoint
CREATE TRIGGER `topics_search_delete` AFTER DELETE ON `topics` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'topic'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'topic'); END;
--> statement-breakpoint
DROP TRIGGER `agenda_items_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_search_insert` AFTER INSERT ON `agenda_items` BEGIN INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'item', NEW.id, NEW.meeting_id, (SELECT title FROM topics WHERE id = NEW.topic_id), coalesce(NEW.report_notes, '') || ' ' || coalesce(NEW.decision_text, '') || ' ' || coalesce(NEW.responsible_units, ''); INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
DROP TRIGGER `agenda_items_search_update`;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_search_update` AFTER UPDATE ON `agenda_items` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'item'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'item'); INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'item', NEW.id, NEW.meeting_id, (SELECT title FROM topics WHERE id = NEW.topic_id), coalesce(NEW.report_notes, '') || ' ' || coalesce(NEW.decision_text, '') || ' ' || coalesce(NEW.responsible_units, ''); INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
DROP TRIGGER `agenda_items_search_delete`;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_search_delete` AFTER DELETE ON `agenda_items` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'item'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'item'); END;
--> statement-breakpoint
DROP TRIGGER `speeches_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `speeches_search_insert` AFTER INSERT ON `speeches` BEGIN INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'speech', NEW.agenda_item_id || ':' || NEW.person_id, (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id), (SELECT name FROM people WHERE id = NEW.person_id), NEW.notes; INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
DROP TRIGGER `speeches_search_update`;
--> statement-breakpoint
CREATE TRIGGER `speeches_search_update` AFTER UPDATE ON `speeches` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.agenda_item_id || ':' || OLD.person_id AND c0 = 'speech'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.agenda_item_id || ':' || OLD.person_id AND c0 = 'speech'); INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'speech', NEW.agenda_item_id || ':' || NEW.person_id, (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id), (SELECT name FROM people WHERE id = NEW.person_id), NEW.notes; INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
DROP TRIGGER `speeches_search_delete`;
--> statement-breakpoint
CREATE TRIGGER `speeches_search_delete` AFTER DELETE ON `speeches` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.agenda_item_id || ':' || OLD.person_id AND c0 = 'speech'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.agenda_item_id || ':' || OLD.person_id AND c0 = 'speech'); END;
--> statement-breakpoint
DROP TRIGGER `amendments_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `amendments_search_insert` AFTER INSERT ON `amendments` BEGIN INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'amendment', NEW.id, NEW.meeting_id, NEW.field, NEW.after || ' ' || NEW.reason; INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
DROP TRIGGER `amendments_search_update`;
--> statement-breakpoint
CREATE TRIGGER `amendments_search_update` AFTER UPDATE ON `amendments` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'amendment'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'amendment'); INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'amendment', NEW.id, NEW.meeting_id, NEW.field, NEW.after || ' ' || NEW.reason; INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = last_insert_rowid(); END;
--> statement-breakpoint
DROP TRIGGER `amendments_search_delete`;
--> statement-breakpoint
CREATE TRIGGER `amendments_search_delete` AFTER DELETE ON `amendments` BEGIN DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'amendment'); DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c1 = OLD.id AND c0 = 'amendment'); END;
--> statement-breakpoint
DROP TRIGGER `topics_search_rename_items`;
--> statement-breakpoint
CREATE TRIGGER `topics_search_rename_items` AFTER UPDATE OF `title` ON `topics` WHEN OLD.title <> NEW.title BEGIN UPDATE search_index SET title = NEW.title WHERE rowid IN (SELECT c.id FROM agenda_items a JOIN search_index_content c ON c.c1 = a.id AND c.c0 = 'item' WHERE a.topic_id = NEW.id); DELETE FROM search_short WHERE rowid IN (SELECT c.id FROM agenda_items a JOIN search_index_content c ON c.c1 = a.id AND c.c0 = 'item' WHERE a.topic_id = NEW.id); INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id IN (SELECT c.id FROM agenda_items a JOIN search_index_content c ON c.c1 = a.id AND c.c0 = 'item' WHERE a.topic_id = NEW.id); END;
--> statement-breakpoint
DROP TRIGGER `people_search_rename_speeches`;
--> statement-breakpoint
CREATE TRIGGER `people_search_rename_speeches` AFTER UPDATE OF `name` ON `people` WHEN OLD.name <> NEW.name BEGIN UPDATE search_index SET title = NEW.name WHERE rowid IN (SELECT c.id FROM speeches s JOIN search_index_content c ON c.c1 = s.agenda_item_id || ':' || s.person_id AND c.c0 = 'speech' WHERE s.person_id = NEW.id); DELETE FROM search_short WHERE rowid IN (SELECT c.id FROM speeches s JOIN search_index_content c ON c.c1 = s.agenda_item_id || ':' || s.person_id AND c.c0 = 'speech' WHERE s.person_id = NEW.id); INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id IN (SELECT c.id FROM speeches s JOIN search_index_content c ON c.c1 = s.agenda_item_id || ':' || s.person_id AND c.c0 = 'speech' WHERE s.person_id = NEW.id); END;
--> statement-breakpoint
-- The entries already written are put into the grams index after unlock, in the background
-- (search/short-index-backfill.ts; at 30 years doing it here held the first unlock ~80 s):
-- every entry up to this id is not in it yet, and search finds those with LIKE meanwhile.
INSERT INTO settings (key, value, updated_at) SELECT 'search.shortIndexPendingThrough', max(id), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM search_index_content HAVING max(id) IS NOT NULL;
