-- A reason the application writes itself (a proposal not recognized for its vote, or because the
-- recognition below it was revoked) is kept as an i18n key with its arguments, so that each reader
-- sees it in their own language; `reason` keeps what a reviewer typed.
alter table recognition_proposal add column reason_key varchar(100);
alter table recognition_proposal add column reason_args varchar(200);
