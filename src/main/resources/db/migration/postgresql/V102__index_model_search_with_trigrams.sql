-- Search matches every folded word of a query inside models_model.search_text with LIKE '%word%';
-- a trigram GIN index serves those conditions (ARCHITECTURE: PostgreSQL-only indexes live here).
create extension if not exists pg_trgm;

create index models_model_search_trgm_idx on models_model using gin (search_text gin_trgm_ops);
