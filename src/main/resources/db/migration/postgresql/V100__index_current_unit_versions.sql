-- PostgreSQL only: at most one current (open) version per unit code, enforced by the database.
-- On H2 the units module enforces the same rule in code.
create unique index units_unit_one_current_version on units_unit (code) where valid_to is null;
