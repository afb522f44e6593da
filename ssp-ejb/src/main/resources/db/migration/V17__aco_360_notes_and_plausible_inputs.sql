-- ACO 360: notes CMS staff keep about an ACO (or one of its applications or change requests) for
-- each other; never shown to the ACO's people. Written once, never edited; writing one is audited.
create sequence internal_note_seq start with 1 increment by 1;
create table internal_note (
    id           bigint        not null primary key,
    aco_id       varchar(5)    not null,
    subject_kind varchar(20)   not null,
    subject_id   bigint,
    note_text    varchar(2000) not null,
    author       varchar(100)  not null,
    written_at   timestamp with time zone not null
);
create index internal_note_by_aco on internal_note (aco_id, written_at desc);

-- Reference data per PY: per-capita benchmark and expenditures (dollars per assigned beneficiary)
-- that a financial input can plausibly have, and the largest savings/loss rate accepted without the
-- analyst's confirmation. The program's per-capita benchmarks run from about $8,000 to $25,000
-- (ESRD-heavy ACOs higher); the range is deliberately wide: it catches typing errors, not outliers.
create table plausible_input_range (
    performance_year integer       not null primary key,
    min_per_capita   numeric(12,2) not null,
    max_per_capita   numeric(12,2) not null,
    max_savings_rate numeric(5,4)  not null
);
insert into plausible_input_range (performance_year, min_per_capita, max_per_capita, max_savings_rate) values
    (2013, 3000, 50000, 0.5000), (2014, 3000, 50000, 0.5000), (2015, 3000, 50000, 0.5000),
    (2016, 3000, 50000, 0.5000), (2017, 3000, 50000, 0.5000), (2018, 3500, 55000, 0.5000),
    (2019, 3500, 55000, 0.5000), (2020, 3500, 55000, 0.5000), (2021, 4000, 60000, 0.5000),
    (2022, 4000, 60000, 0.5000), (2023, 4000, 60000, 0.5000), (2024, 4000, 65000, 0.5000),
    (2025, 4000, 65000, 0.5000), (2026, 4500, 70000, 0.5000), (2027, 4500, 70000, 0.5000);
