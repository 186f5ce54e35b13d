-- A list over several years asks once whether any unit version began or ended in between (then
-- one tree serves every year): without these the question read the whole units table, about a
-- millisecond on a whole country's 11,000 units, on every list.
create index units_unit_valid_from_idx on units_unit (valid_from);
create index units_unit_valid_to_idx on units_unit (valid_to);
