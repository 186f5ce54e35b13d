-- An import's instance beats its heart while it runs; an unfinished import whose heart stopped
-- (its instance crashed or was killed) is marked INTERRUPTED, so that the user can import again.
alter table models_import_job add column heartbeat_at timestamp with time zone;
