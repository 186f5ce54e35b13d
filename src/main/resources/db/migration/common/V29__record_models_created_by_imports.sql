-- The models and registrations an import created (new or continued), in the order of the sheet's
-- rows, so that whoever ran it can find them.
create table models_import_created (
    job_id          bigint  not null references models_import_job (id),
    row_number      integer not null,
    model_id        bigint  not null,
    registration_id bigint  not null,
    primary key (job_id, row_number)
);
