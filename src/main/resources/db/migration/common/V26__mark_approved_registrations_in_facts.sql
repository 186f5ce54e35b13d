-- The models module says which registrations count as approved (REGISTERED or IN_PROGRESS) in its
-- own read model, so that no other module spells out its states: the same view, with `approved`.
create or replace view models_registration_facts as
select r.id                                   as registration_id,
       r.model_id                             as model_id,
       r.registration_year                    as registration_year,
       r.kind                                 as kind,
       r.state                                as state,
       coalesce(r.submitted_at, r.decided_at) as sent_up_at,
       m.unit_code                            as unit_code,
       m.field_code                           as field_code,
       m.owner_kind                           as owner_kind,
       r.state in ('REGISTERED', 'IN_PROGRESS') as approved
  from models_registration r
  join models_model m on m.id = r.model_id;
