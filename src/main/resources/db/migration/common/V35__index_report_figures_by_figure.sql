-- A summary reads one year's figures of a few kinds for the units of its tree at once (a whole
-- country's: some 30,000 of the year's 80,000 rows). The primary key leads with the unit after the
-- year, so such a read walked every kind of every unit; this index leads with the kind.
create index reporting_unit_figure_by_figure on reporting_unit_figure (figure_year, figure, unit_code);
