-- Events carry a sequence number in commit order, and every committed event
-- is announced to the listening instances. Twin of ../0110-event-sequence.sql.
--
-- An identity alone numbers rows when they are inserted, not when their
-- transactions commit: 11 could be visible before 10, and a reader that saw
-- 11 would skip 10 for ever. So every statement that inserts events first
-- takes one transaction-scoped advisory lock, held until COMMIT: writers of
-- events commit one after the other, in the order of their numbers (readers
-- are never blocked). Existing rows are numbered in their stored order.
ALTER TABLE events DROP CONSTRAINT events_pkey;
ALTER TABLE events ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE events ADD PRIMARY KEY (seq);
CREATE UNIQUE INDEX events_by_id ON events(id);

CREATE FUNCTION factbench_events_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1178756470); -- any number, the same in every Factbench ("FBev")
  RETURN NULL;
END;
$$;
CREATE TRIGGER events_in_commit_order BEFORE INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION factbench_events_in_commit_order();

-- The announcement: only the number and the id (never the change itself, which
-- a receiving instance reads back from this table, for the desks allowed to
-- see it). NOTIFY is delivered at COMMIT, and not at all after a ROLLBACK.
CREATE FUNCTION factbench_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('factbench_events', json_build_object('seq', NEW.seq, 'id', NEW.id)::text);
  RETURN NULL;
END;
$$;
CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION factbench_events_notify();
