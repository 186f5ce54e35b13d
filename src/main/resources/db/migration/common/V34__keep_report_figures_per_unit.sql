-- The reports' read model: the figures of each unit's own work in each year, kept exact in the
-- transaction that changes the work (see the reporting module's UnitFigures). A summary sums the
-- rows of the units of its year's tree, so its cost follows the units in scope, not the rows.
--
-- One row per unit, year, figure and detail:
--   REGISTERED           detail: registration kind (NEW, CONTINUED); approved registrations of
--                        the unit's models, by owner kind; first_at: the first sent up
--   FIELD                detail: field code; approved registrations
--   CONSIDERED           detail: round level; rounds of the unit whose council met; first_day:
--                        the first meeting
--   RECOGNIZED           detail: level; models the unit recognized, by owner kind
--   PROPOSED             detail: the province round's unit; models the unit proposed to it (not
--                        withdrawn or returned), by owner kind; first_at: the first proposal
--   PROVINCE_RECOGNIZED  detail: the issuing province; the unit's models it recognized
--   COPIED               detail: the source model; copies the unit learned that year
create table reporting_unit_figure (
    unit_code   varchar(40) not null,
    figure_year integer     not null,
    figure      varchar(30) not null,
    detail      varchar(40) not null,
    total       integer     not null,
    collective  integer     not null,
    individual  integer     not null,
    first_at    timestamp with time zone,
    first_day   date,
    primary key (figure_year, unit_code, figure, detail)
);

-- One row per unit whose figures were ever computed: the row a transaction locks while it
-- recomputes that unit, so that two transactions changing the same unit's work take turns.
create table reporting_unit (
    unit_code   varchar(40) primary key
);

-- Whether the read model was built from the source tables since it was created.
create table reporting_build (
    id          integer primary key,
    built_at    timestamp with time zone
);
insert into reporting_build (id, built_at) values (1, null);

-- A unit's figures are recomputed from its own rows: the source tables are read by unit.
create index recognition_proposal_unit_idx on recognition_proposal (proposing_unit_code);
create index recognition_recognition_unit_idx on recognition_recognition (unit_code, recognition_year);
