-- A change to a unit's work recomputes that unit's figures: it deletes them by unit, every year at
-- once. Both keys lead with the year, so each such delete read the whole read model (the whole
-- country's, at national scale); this index leads with the unit.
create index reporting_unit_figure_by_unit on reporting_unit_figure (unit_code, figure_year);
