-- Spring Modulith's event publication registry (its v2 schema): each event between modules is
-- stored with every listener it is for, in the transaction that publishes it, and marked done when
-- that listener's own transaction commits. What a crash leaves undone is published again when the
-- application starts.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
