-- The public version of a recognized model. The unit or a reviewer prepares it (the draft_*
-- columns); a reviewer other than the one who prepared it approves it, which copies the draft to
-- the public_* columns; the showcase shows only approved public versions of models whose
-- recognition stands. Withdrawing clears the public columns. A person's name appears only when
-- their consent is recorded.
create table showcase_publication (
    model_id               bigint        primary key references models_model (id),
    version                integer       not null default 0,
    draft_title            varchar(500)  not null,
    draft_summary          text          not null,
    draft_show_person      boolean       not null default false,
    consent_note           varchar(1000),
    consent_recorded_by    varchar(60),
    consent_recorded_at    timestamp with time zone,
    prepared_by            varchar(60)   not null,
    prepared_at            timestamp with time zone not null,
    public_title           varchar(500),
    public_summary         text,
    public_show_person     boolean       not null default false,
    -- the name and position as they were when the reviewer approved them with the consent
    public_person_name     varchar(200),
    public_person_position varchar(200),
    published_by           varchar(60),
    published_at           timestamp with time zone,
    withdrawn_reason       varchar(1000)
);

create index showcase_publication_public_idx on showcase_publication (published_at);

-- The photos chosen for the draft and for the public version, in their order.
create table showcase_photo (
    model_id      bigint      not null references showcase_publication (model_id),
    stage         varchar(10) not null,
    attachment_id bigint      not null references models_attachment (id),
    position      integer     not null,
    primary key (model_id, stage, attachment_id),
    constraint showcase_photo_stage check (stage in ('DRAFT', 'PUBLIC'))
);
