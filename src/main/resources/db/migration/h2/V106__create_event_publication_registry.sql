-- Spring Modulith's event publication registry (its v2 schema): each event between modules is
-- stored with every listener it is for, in the transaction that publishes it, and marked done when
-- that listener's own transaction commits. What a crash leaves undone is published again when the
-- application starts. The event column is wide enough for a restructure naming thousands of units.
create table event_publication (
    id                     uuid                        not null primary key,
    listener_id            varchar(512)                not null,
    event_type             varchar(512)                not null,
    serialized_event       character varying(1000000)  not null,
    publication_date       timestamp(9) with time zone not null,
    completion_date        timestamp(9) with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp(9) with time zone
);

create index event_publication_by_completion_date_idx on event_publication (completion_date);
