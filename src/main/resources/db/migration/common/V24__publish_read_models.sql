-- The read models the modules publish for reports. The reporting module reads these views and
-- never the tables behind them; each view belongs to the module whose prefix it bears, which keeps
-- it true when its own tables change. They are plain projections and joins (no grouping, no
-- functions over keys), so both H2 and PostgreSQL fold them into the queries that read them and
-- the tables' indexes serve as before. Each carries exactly the columns the reports count by.

-- models: one row per registration (a model's year), with the model's unit, field and owner kind,
-- and when it was sent up (submitted, or decided when it never was).
create view models_registration_facts as
select r.id                                   as registration_id,
       r.model_id                             as model_id,
       r.registration_year                    as registration_year,
       r.kind                                 as kind,
       r.state                                as state,
       coalesce(r.submitted_at, r.decided_at) as sent_up_at,
       m.unit_code                            as unit_code,
       m.field_code                           as field_code,
       m.owner_kind                           as owner_kind
  from models_registration r
  join models_model m on m.id = r.model_id;

-- models: one row per model, as a report names it.
create view models_model_facts as
select m.id        as model_id,
       m.title     as title,
       m.unit_code as unit_code
  from models_model m;

-- recognition: one row per review round, held by a unit at its level in a year, with its state
-- and the day its council met.
create view recognition_round_facts as
select r.id           as round_id,
       r.unit_code    as unit_code,
       r.level        as level,
       r.round_year   as round_year,
       r.state        as state,
       r.meeting_date as meeting_date
  from recognition_round r;

-- recognition: one row per proposal, with the round it was made to (its unit, level and year).
create view recognition_proposal_facts as
select p.id                  as proposal_id,
       p.model_id            as model_id,
       p.owner_kind          as owner_kind,
       p.proposing_unit_code as proposing_unit_code,
       p.state               as state,
       p.proposed_at         as proposed_at,
       r.unit_code           as round_unit_code,
       r.level               as round_level,
       r.round_year          as round_year
  from recognition_proposal p
  join recognition_round r on r.id = p.round_id;

-- recognition: one row per recognition made (a later revocation does not remove it), by the
-- issuing unit at its level in a year, and whether the decision named the model outstanding.
create view recognition_recognition_facts as
select g.id               as recognition_id,
       g.model_id         as model_id,
       g.owner_kind       as owner_kind,
       g.level            as level,
       g.unit_code        as unit_code,
       g.recognition_year as recognition_year,
       g.outstanding      as outstanding
  from recognition_recognition g;

-- replication: one row per copy, with the model it was learned from and the year it counts in.
create view replication_source_facts as
select s.model_id     as model_id,
       s.source_id    as source_id,
       s.learned_year as learned_year
  from replication_source s;
