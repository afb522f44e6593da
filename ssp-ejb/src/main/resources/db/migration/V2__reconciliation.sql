-- Reconciliation: financial inputs per ACO and PY (audited), runs (audited) and each ACO's result in a run.
-- Portable between PostgreSQL and H2 in PostgreSQL mode.

create sequence financial_input_seq start with 1 increment by 50;
create sequence reconciliation_run_seq start with 1 increment by 50;
create sequence aco_reconciliation_seq start with 1 increment by 50;

create table financial_input (
    id                       bigint         not null primary key,
    version                  bigint         not null default 0,
    aco_id                   varchar(5)     not null,
    performance_year         integer        not null,
    track                    varchar(20)    not null,
    agreement_start          date           not null,
    agreement_period         integer        not null,
    assigned_beneficiaries   integer        not null,
    total_benchmark          numeric(17, 2) not null,
    total_expenditures       numeric(17, 2) not null,
    fixed_msr                numeric(6, 4),
    cms_set_msr              numeric(12, 10),
    met_quality_standard     boolean        not null,
    met_alternative_standard boolean        not null,
    quality_score            numeric(12, 10),
    participant_revenue      numeric(17, 2),
    low_revenue              boolean        not null,
    euc_reduction            numeric(17, 2),
    source                   varchar(200)   not null,
    constraint financial_input_one_per_year unique (aco_id, performance_year),
    constraint financial_input_beneficiaries check (assigned_beneficiaries > 0),
    constraint financial_input_benchmark check (total_benchmark > 0),
    constraint financial_input_expenditures check (total_expenditures >= 0)
);

create table financial_input_aud (
    id                           bigint   not null,
    rev                          bigint   not null references audit_revision (id),
    revtype                      smallint,
    aco_id                       varchar(5),
    acoid_mod                    boolean,
    performance_year             integer,
    performanceyear_mod          boolean,
    track                        varchar(20),
    track_mod                    boolean,
    agreement_start              date,
    agreementstart_mod           boolean,
    agreement_period             integer,
    agreementperiodnumber_mod    boolean,
    assigned_beneficiaries       integer,
    assignedbeneficiaries_mod    boolean,
    total_benchmark              numeric(17, 2),
    totalbenchmark_mod           boolean,
    total_expenditures           numeric(17, 2),
    totalexpenditures_mod        boolean,
    fixed_msr                    numeric(6, 4),
    fixedminimumsavingsrate_mod  boolean,
    cms_set_msr                  numeric(12, 10),
    cmssetminimumsavingsrate_mod boolean,
    met_quality_standard         boolean,
    metqualitystandard_mod       boolean,
    met_alternative_standard     boolean,
    metalternativestandard_mod   boolean,
    quality_score                numeric(12, 10),
    qualityscore_mod             boolean,
    participant_revenue          numeric(17, 2),
    participantrevenue_mod       boolean,
    low_revenue                  boolean,
    lowrevenue_mod               boolean,
    euc_reduction                numeric(17, 2),
    eucreduction_mod             boolean,
    source                       varchar(200),
    source_mod                   boolean,
    primary key (id, rev)
);

create table reconciliation_run (
    id               bigint      not null primary key,
    version          bigint      not null default 0,
    performance_year integer     not null,
    status           varchar(20) not null,
    input_count      integer     not null,
    started_by       varchar(100) not null,
    started_at       timestamp   not null,
    approved_by      varchar(100),
    approved_at      timestamp,
    released_by      varchar(100),
    released_at      timestamp,
    execution_id     bigint
);

create table reconciliation_run_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    performance_year    integer,
    performanceyear_mod boolean,
    status              varchar(20),
    status_mod          boolean,
    input_count         integer,
    inputcount_mod      boolean,
    started_by          varchar(100),
    startedby_mod       boolean,
    started_at          timestamp,
    startedat_mod       boolean,
    approved_by         varchar(100),
    approvedby_mod      boolean,
    approved_at         timestamp,
    approvedat_mod      boolean,
    released_by         varchar(100),
    releasedby_mod      boolean,
    released_at         timestamp,
    releasedat_mod      boolean,
    primary key (id, rev)
);

-- one result per ACO per run: a resumed batch job can never write an ACO twice
create table aco_reconciliation (
    id                       bigint         not null primary key,
    run_id                   bigint         not null references reconciliation_run (id),
    aco_id                   varchar(5)     not null,
    performance_year         integer        not null,
    track                    varchar(20)    not null,
    outcome                  varchar(30)    not null,
    assigned_beneficiaries   integer        not null,
    total_benchmark          numeric(17, 2) not null,
    total_expenditures       numeric(17, 2) not null,
    savings_rate             numeric(24, 12) not null,
    minimum_savings_rate     numeric(24, 12) not null,
    minimum_loss_rate        numeric(24, 12),
    generated_savings_losses numeric(17, 2) not null,
    final_sharing_rate       numeric(24, 12) not null,
    final_loss_rate          numeric(24, 12),
    earned_savings           numeric(17, 2) not null,
    shared_losses            numeric(17, 2) not null,
    euc_reduction            numeric(17, 2) not null,
    net_amount               numeric(17, 2) not null,
    payment_limit_applied    boolean        not null,
    loss_limit_applied       boolean        not null,
    unresolved               varchar(2000),
    explanation              varchar(20000) not null,
    constraint aco_reconciliation_once_per_run unique (run_id, aco_id)
);

create index financial_input_aud_rev on financial_input_aud (rev);
create index reconciliation_run_aud_rev on reconciliation_run_aud (rev);
create index aco_reconciliation_run on aco_reconciliation (run_id, track, outcome);
