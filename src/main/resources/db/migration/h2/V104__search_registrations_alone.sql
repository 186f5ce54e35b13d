-- PostgreSQL only: there, registrations carry their model's words, unit, field and owner kind for
-- lists (see the PostgreSQL migration). H2 lists join the models table.
select 1;
