-- Word search. A query's words match whole folded words of models_model.search_text (the last word
-- also as a prefix, for what is still being typed) through a GIN index on the text's words; the
-- words are kept in a stored column (positions stripped) so that a list walked in index order can
-- test each row without re-parsing its text. The trigram index stays for prefix and substring
-- look-ups of titles (the duplicate check of imports).
alter table models_model
    add column search_words tsvector
        generated always as (strip(to_tsvector('simple', search_text))) stored;

create index models_model_search_words_idx on models_model using gin (search_words);

-- Statistics for the new column, so that the planner knows at once how common each word is.
analyze models_model;
