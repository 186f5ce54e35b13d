-- Rounds held before the system, recorded from their paper minutes: the round says so and who
-- recorded it; its dates are the paper's. It takes the council's result as the minutes give it
-- (the council's size, and the votes for and against each proposal) instead of members' ballots.
alter table recognition_round add column recorded boolean not null default false;
alter table recognition_round add column recorded_by varchar(60);
alter table recognition_round add column council_size integer;

alter table recognition_proposal add column council_votes_for integer;
alter table recognition_proposal add column council_votes_against integer;
