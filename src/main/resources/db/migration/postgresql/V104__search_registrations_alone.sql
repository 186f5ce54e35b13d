-- Lists are lists of registrations (one a model and year). To find, count and walk them without
-- probing the 1.5 GB models table row by row, each registration carries what lists filter on from
-- its model: the folded words, the unit, the field and the owner kind. Triggers keep the copies
-- exact: a new registration takes its model's values, and a model's change is copied to its
-- registrations in the same transaction.
alter table models_registration
    add column search_words tsvector,
    add column unit_code    varchar(40),
    add column field_code   varchar(40),
    add column owner_kind   varchar(20);

update models_registration r
   set search_words = m.search_words, unit_code = m.unit_code, field_code = m.field_code,
       owner_kind = m.owner_kind
  from models_model m
 where m.id = r.model_id;

create function models_registration_take_model() returns trigger language plpgsql as $$
begin
    select m.search_words, m.unit_code, m.field_code, m.owner_kind
      into new.search_words, new.unit_code, new.field_code, new.owner_kind
      from models_model m where m.id = new.model_id;
    return new;
end
$$;

create trigger models_registration_take_model
    before insert or update of model_id on models_registration
    for each row execute function models_registration_take_model();

create function models_model_give_registrations() returns trigger language plpgsql as $$
begin
    update models_registration
       set search_words = new.search_words, unit_code = new.unit_code,
           field_code = new.field_code, owner_kind = new.owner_kind
     where model_id = new.id;
    return null;
end
$$;

create trigger models_model_give_registrations
    after update on models_model
    for each row
    when (old.search_words is distinct from new.search_words
          or old.unit_code is distinct from new.unit_code
          or old.field_code is distinct from new.field_code
          or old.owner_kind is distinct from new.owner_kind)
    execute function models_model_give_registrations();

create index models_registration_search_words_idx on models_registration using gin (search_words);
create index models_registration_unit_idx on models_registration (unit_code, id);

analyze models_registration;
