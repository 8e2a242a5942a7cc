-- Search: one FTS5 table with the trigram tokenizer (works on Chinese; MATCH needs >= 3
-- characters, shorter queries use LIKE on the same table). Triggers keep it in step with
-- the records inside the same transaction, so the index can never miss a committed change.
CREATE VIRTUAL TABLE `search_index` USING fts5(kind UNINDEXED, ref_id UNINDEXED, meeting_id UNINDEXED, title, body, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `topics_search_insert` AFTER INSERT ON `topics` BEGIN INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'topic', NEW.id, NULL, NEW.title, NEW.proposing_unit || ' ' || NEW.presenter || ' ' || coalesce(NEW.summary, ''); END;
--> statement-breakpoint
CREATE TRIGGER `topics_search_update` AFTER UPDATE ON `topics` BEGIN DELETE FROM search_index WHERE kind = 'topic' AND ref_id = OLD.id; INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'topic', NEW.id, NULL, NEW.title, NEW.proposing_unit || ' ' || NEW.presenter || ' ' || coalesce(NEW.summary, ''); END;
--> statement-breakpoint
CREATE TRIGGER `topics_search_delete` AFTER DELETE ON `topics` BEGIN DELETE FROM search_index WHERE kind = 'topic' AND ref_id = OLD.id; END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_search_insert` AFTER INSERT ON `agenda_items` BEGIN INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'item', NEW.id, NEW.meeting_id, (SELECT title FROM topics WHERE id = NEW.topic_id), coalesce(NEW.report_notes, '') || ' ' || coalesce(NEW.decision_text, '') || ' ' || coalesce(NEW.responsible_units, ''); END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_search_update` AFTER UPDATE ON `agenda_items` BEGIN DELETE FROM search_index WHERE kind = 'item' AND ref_id = OLD.id; INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'item', NEW.id, NEW.meeting_id, (SELECT title FROM topics WHERE id = NEW.topic_id), coalesce(NEW.report_notes, '') || ' ' || coalesce(NEW.decision_text, '') || ' ' || coalesce(NEW.responsible_units, ''); END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_search_delete` AFTER DELETE ON `agenda_items` BEGIN DELETE FROM search_index WHERE kind = 'item' AND ref_id = OLD.id; END;
--> statement-breakpoint
CREATE TRIGGER `speeches_search_insert` AFTER INSERT ON `speeches` BEGIN INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'speech', NEW.agenda_item_id || ':' || NEW.person_id, (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id), (SELECT name FROM people WHERE id = NEW.person_id), NEW.notes; END;
--> statement-breakpoint
CREATE TRIGGER `speeches_search_update` AFTER UPDATE ON `speeches` BEGIN DELETE FROM search_index WHERE kind = 'speech' AND ref_id = OLD.agenda_item_id || ':' || OLD.person_id; INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'speech', NEW.agenda_item_id || ':' || NEW.person_id, (SELECT meeting_id FROM agenda_items WHERE id = NEW.agenda_item_id), (SELECT name FROM people WHERE id = NEW.person_id), NEW.notes; END;
--> statement-breakpoint
CREATE TRIGGER `speeches_search_delete` AFTER DELETE ON `speeches` BEGIN DELETE FROM search_index WHERE kind = 'speech' AND ref_id = OLD.agenda_item_id || ':' || OLD.person_id; END;
--> statement-breakpoint
CREATE TRIGGER `amendments_search_insert` AFTER INSERT ON `amendments` BEGIN INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'amendment', NEW.id, NEW.meeting_id, NEW.field, NEW.after || ' ' || NEW.reason; END;
--> statement-breakpoint
CREATE TRIGGER `amendments_search_update` AFTER UPDATE ON `amendments` BEGIN DELETE FROM search_index WHERE kind = 'amendment' AND ref_id = OLD.id; INSERT INTO search_index (kind, ref_id, meeting_id, title, body) SELECT 'amendment', NEW.id, NEW.meeting_id, NEW.field, NEW.after || ' ' || NEW.reason; END;
--> statement-breakpoint
CREATE TRIGGER `amendments_search_delete` AFTER DELETE ON `amendments` BEGIN DELETE FROM search_index WHERE kind = 'amendment' AND ref_id = OLD.id; END;
--> statement-breakpoint
-- Seals: rows of a signed (已签发) meeting never change; corrections are amendments.
CREATE TRIGGER `meetings_sealed_update` BEFORE UPDATE ON `meetings` WHEN OLD.status = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `meetings_sealed_delete` BEFORE DELETE ON `meetings` WHEN OLD.status = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_members_sealed_insert` BEFORE INSERT ON `meeting_members` WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_members_sealed_update` BEFORE UPDATE ON `meeting_members` WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_members_sealed_delete` BEFORE DELETE ON `meeting_members` WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_guests_sealed_insert` BEFORE INSERT ON `meeting_guests` WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_guests_sealed_update` BEFORE UPDATE ON `meeting_guests` WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_guests_sealed_delete` BEFORE DELETE ON `meeting_guests` WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_sealed_insert` BEFORE INSERT ON `agenda_items` WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_sealed_update` BEFORE UPDATE ON `agenda_items` WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_sealed_delete` BEFORE DELETE ON `agenda_items` WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `item_absences_sealed_insert` BEFORE INSERT ON `item_absences` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = NEW.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `item_absences_sealed_update` BEFORE UPDATE ON `item_absences` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `item_absences_sealed_delete` BEFORE DELETE ON `item_absences` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `recusals_sealed_insert` BEFORE INSERT ON `recusals` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = NEW.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `recusals_sealed_update` BEFORE UPDATE ON `recusals` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `recusals_sealed_delete` BEFORE DELETE ON `recusals` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `speeches_sealed_insert` BEFORE INSERT ON `speeches` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = NEW.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `speeches_sealed_update` BEFORE UPDATE ON `speeches` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `speeches_sealed_delete` BEFORE DELETE ON `speeches` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `ballots_sealed_insert` BEFORE INSERT ON `ballots` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = NEW.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `ballots_sealed_update` BEFORE UPDATE ON `ballots` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
CREATE TRIGGER `ballots_sealed_delete` BEFORE DELETE ON `ballots` WHEN (SELECT m.status FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = OLD.agenda_item_id) = 'signed' BEGIN SELECT RAISE(ABORT, 'SEALED'); END;
--> statement-breakpoint
-- Amendments are append-only, like the audit log.
CREATE TRIGGER `amendments_no_update` BEFORE UPDATE ON `amendments` BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `amendments_no_delete` BEFORE DELETE ON `amendments` BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;
--> statement-breakpoint
-- The bodies every committee has (editable in 设置 → 议事规则).
INSERT INTO `bodies` (`id`, `name`, `kind`, `numbering`, `quorum_required`, `sort_order`, `archived`, `created_at`, `updated_at`) VALUES
('0b6f3c1e-5a1d-4c57-9a51-1c0de0000001', '常委会会议', 'standing', 'year', 1, 10, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
('0b6f3c1e-5a1d-4c57-9a51-1c0de0000002', '全体会议', 'plenary', 'year', 1, 20, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
('0b6f3c1e-5a1d-4c57-9a51-1c0de0000003', '书记专题会议', 'secretary', 'year', 0, 30, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
('0b6f3c1e-5a1d-4c57-9a51-1c0de0000004', '党政联席会议', 'joint', 'year', 0, 40, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
('0b6f3c1e-5a1d-4c57-9a51-1c0de0000005', '议事协调机构会议', 'coordination', 'year', 0, 50, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
