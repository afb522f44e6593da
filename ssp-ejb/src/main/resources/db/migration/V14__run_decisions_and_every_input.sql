-- Issue 11 §3, a run that CMS can trust. Portable between PostgreSQL and H2 in PostgreSQL mode.

-- Financial inputs keep every input the import reads (they were dropped on the way into the table):
-- the Track 1+ loss limit basis (RevLossLimit), the PY2019 performance period, the 2024+ guardrail,
-- a mid-year termination and its months, and the recouped advance payments. PY2019 had two
-- six-month performance years (425.609): one ACO may have inputs for each, so one row per period.
alter table financial_input add column loss_limit_basis varchar(20);
alter table financial_input add column performance_period varchar(30) not null default 'FULL_YEAR';
alter table financial_input add column guardrail boolean not null default false;
alter table financial_input add column mid_year_termination boolean not null default false;
alter table financial_input add column months_before_termination integer;
alter table financial_input add column advance_payment_recoupment numeric(17, 2);
alter table financial_input drop constraint financial_input_one_per_year;
alter table financial_input add constraint financial_input_one_per_period unique (aco_id, performance_year, performance_period);
alter table financial_input add constraint financial_input_months check (months_before_termination between 0 and 12);

alter table financial_input_aud add column loss_limit_basis varchar(20);
alter table financial_input_aud add column losslimitbasis_mod boolean;
alter table financial_input_aud add column performance_period varchar(30);
alter table financial_input_aud add column performanceperiod_mod boolean;
alter table financial_input_aud add column guardrail boolean;
alter table financial_input_aud add column guardrail_mod boolean;
alter table financial_input_aud add column mid_year_termination boolean;
alter table financial_input_aud add column midyeartermination_mod boolean;
alter table financial_input_aud add column months_before_termination integer;
alter table financial_input_aud add column monthsbeforetermination_mod boolean;
alter table financial_input_aud add column advance_payment_recoupment numeric(17, 2);
alter table financial_input_aud add column advancepaymentrecoupment_mod boolean;

-- A run reconciles one performance period of its PY (PY2019: January–June or July–December).
alter table reconciliation_run add column performance_period varchar(30) not null default 'FULL_YEAR';
alter table reconciliation_run_aud add column performance_period varchar(30);
alter table reconciliation_run_aud add column performanceperiod_mod boolean;

-- Each result keeps the inputs it was computed from, for the export in CMS's layout.
alter table aco_reconciliation add column inputs varchar(2000);

-- ACOs a run set aside because a figure it needs is missing, and what an analyst decided (audited).
create sequence reconciliation_set_aside_seq start with 1 increment by 50;

create table reconciliation_set_aside (
    id              bigint        not null primary key,
    version         bigint        not null default 0,
    run_id          bigint        not null references reconciliation_run (id),
    aco_id          varchar(5)    not null,
    reason          varchar(2000) not null,
    missing_figures varchar(200)  not null,
    decision        varchar(20)   not null,
    decided_by      varchar(100),
    decided_at      timestamp,
    decision_note   varchar(500),
    constraint reconciliation_set_aside_once_per_run unique (run_id, aco_id)
);

create table reconciliation_set_aside_aud (
    id                 bigint   not null,
    rev                bigint   not null references audit_revision (id),
    revtype            smallint,
    run_id             bigint,
    run_mod            boolean,
    aco_id             varchar(5),
    acoid_mod          boolean,
    reason             varchar(2000),
    reason_mod         boolean,
    decision           varchar(20),
    decision_mod       boolean,
    decided_by         varchar(100),
    decidedby_mod      boolean,
    decided_at         timestamp,
    decidedat_mod      boolean,
    decision_note      varchar(500),
    decisionnote_mod   boolean,
    primary key (id, rev)
);

create index reconciliation_set_aside_aud_rev on reconciliation_set_aside_aud (rev);
