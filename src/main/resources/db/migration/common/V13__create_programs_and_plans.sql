-- A program (Directive 08, 2021–2025) and its yearly plans: the deadlines of each year and the
-- targets the yearly report measures coverage against.
create table programs_program (
    code       varchar(40)  primary key,
    name       varchar(500) not null,
    first_year integer      not null,
    last_year  integer      not null
);

create table programs_year_plan (
    program_code                  varchar(40) not null references programs_program (code),
    plan_year                     integer     not null,
    version                       integer     not null default 0,
    registration_deadline         date        not null,
    district_recognition_deadline date        not null,
    province_proposal_deadline    date        not null,
    -- per cent of district-level units that consider recognition at their own level
    target_considered_percent     integer     not null,
    -- models each district-level unit proposes to the province, at least
    target_proposals_per_unit     integer     not null,
    primary key (program_code, plan_year)
);

insert into programs_program (code, name, first_year, last_year) values
    ('CT08', 'Chỉ thị số 08 của Ban Dân vận Tỉnh ủy về xây dựng mô hình “Dân vận khéo” giai đoạn 2021 – 2025', 2021, 2025);

insert into programs_year_plan (program_code, plan_year, registration_deadline,
    district_recognition_deadline, province_proposal_deadline, target_considered_percent,
    target_proposals_per_unit) values
    ('CT08', 2021, date '2021-03-31', date '2021-08-31', date '2021-10-31', 100, 1),
    ('CT08', 2022, date '2022-03-31', date '2022-08-31', date '2022-10-31', 100, 1),
    ('CT08', 2023, date '2023-03-31', date '2023-08-31', date '2023-10-31', 100, 1),
    ('CT08', 2024, date '2024-03-31', date '2024-08-31', date '2024-12-31', 100, 1),
    ('CT08', 2025, date '2025-03-31', date '2025-08-31', date '2025-10-31', 100, 1);
