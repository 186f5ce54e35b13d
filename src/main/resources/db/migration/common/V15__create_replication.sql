-- Which model a model was learned from (học tập, nhân rộng): at most one source per model, never
-- itself; the copies of a source, and their copies, form its lineage tree. The year is the one in
-- which the copy was first registered, and the year reports count it in.
create table replication_source (
    model_id     bigint      primary key references models_model (id),
    source_id    bigint      not null references models_model (id),
    learned_year integer     not null,
    linked_by    varchar(60) not null,
    linked_at    timestamp with time zone not null,
    constraint replication_source_not_itself check (model_id <> source_id)
);

create index replication_source_source_idx on replication_source (source_id);
create index replication_source_year_idx on replication_source (learned_year, source_id);
