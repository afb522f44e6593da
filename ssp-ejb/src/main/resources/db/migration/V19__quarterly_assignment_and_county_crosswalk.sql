-- Issue 12 §2, what remained: quarterly assignment runs (CMS's quarterly reports on the rolling 12
-- months ending with the quarter, 42 CFR 425.400(a)(2)(ii)); the quarter of each PHI access; an index
-- for summing a year ACO by ACO (one transaction per ACO, not per year).

-- null: the PY's final run with its benchmark years; 1-4: a quarterly report of the PY (its one year)
alter table assignment_run add column quarter smallint check (quarter between 1 and 4);
create index assignment_run_by_quarter on assignment_run (performance_year, quarter, id);

-- null: the PY's (final) report; 1-4: a quarterly report
alter table phi_access add column quarter smallint;

create index beneficiary_expenditure_by_aco on beneficiary_expenditure (run_id, data_year, aco_id);

-- The TINs that billed any claim line of a run's year, so that a TIN's estimate of 0 (it billed, no one
-- was assigned through it) is told apart from no estimate at all (the run saw no claim of it).
create table assignment_run_tin (
    run_id    bigint     not null,
    data_year integer    not null,
    tin       varchar(9) not null,
    primary key (run_id, data_year, tin)
);
