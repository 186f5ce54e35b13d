-- The search index reads models_search_change in commit order: each note carries the id of the
-- transaction that wrote it, and a reader remembers a snapshot (pg_current_snapshot()) and reads
-- the notes of the transactions that the snapshot did not see committed (PostgresSearchFeed).
-- Notes written before this migration get its own transaction's id; every index is built afresh
-- at start-up in any case. (V104 is skipped: it was a withdrawn, never released migration.)
alter table models_search_change add column txid xid8 not null default pg_current_xact_id();

create index models_search_change_txid_idx on models_search_change (txid);
