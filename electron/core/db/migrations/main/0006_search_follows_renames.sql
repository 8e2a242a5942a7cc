-- A topic's agenda items are found under its title, and speeches under the speaker's name:
-- when a title or a name is corrected, their search entries follow (before this, they kept
-- the old wording until the item or the speech was next saved).
CREATE TRIGGER `topics_search_rename_items` AFTER UPDATE OF `title` ON `topics` WHEN OLD.title <> NEW.title BEGIN UPDATE search_index SET title = NEW.title WHERE kind = 'item' AND ref_id IN (SELECT id FROM agenda_items WHERE topic_id = NEW.id); END;
--> statement-breakpoint
CREATE TRIGGER `people_search_rename_speeches` AFTER UPDATE OF `name` ON `people` WHEN OLD.name <> NEW.name BEGIN UPDATE search_index SET title = NEW.name WHERE kind = 'speech' AND ref_id IN (SELECT agenda_item_id || ':' || person_id FROM speeches WHERE person_id = NEW.id); END;
--> statement-breakpoint
-- Entries already written under an old wording are brought up to date once (only those that
-- differ; a speech's ref_id is `item:person`, split to use the speeches' primary key).
UPDATE search_index SET title = (SELECT t.title FROM agenda_items a JOIN topics t ON t.id = a.topic_id WHERE a.id = search_index.ref_id)
WHERE kind = 'item' AND title IS NOT (SELECT t.title FROM agenda_items a JOIN topics t ON t.id = a.topic_id WHERE a.id = search_index.ref_id);
--> statement-breakpoint
UPDATE search_index SET title = (SELECT p.name FROM people p WHERE p.id = substr(search_index.ref_id, instr(search_index.ref_id, ':') + 1))
WHERE kind = 'speech' AND title IS NOT (SELECT p.name FROM people p WHERE p.id = substr(search_index.ref_id, instr(search_index.ref_id, ':') + 1));
