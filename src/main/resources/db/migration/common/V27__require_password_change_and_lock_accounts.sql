-- An account whose password someone else chose (the first administrator, an account an
-- administrator created, a password an administrator reset) must change it at the next sign-in.
-- An administrator may lock an account until they unlock it: no sign-in, no API token meanwhile
-- (distinct from the throttle's temporary wait after failed sign-ins).
alter table identity_user add column password_change_required boolean default false not null;
alter table identity_user add column locked_by_administrator boolean default false not null;
