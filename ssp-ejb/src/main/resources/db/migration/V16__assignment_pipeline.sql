-- Claims to settlement in the application (issue 12 §2): the section A files loaded per data year,
-- the assignment runs (a Batch job per PY and its benchmark years), their per-partition results, the
-- benchmark reference data CMS loads per year, beneficiaries' data-sharing preferences and the PHI
-- access log.

-- One uploaded file of a data year; the file itself is on disk (streamed there, never held in memory).
create table assignment_data_file (
    data_year   integer      not null,
    file_name   varchar(60)  not null,
    data_rows   bigint       not null,
    bytes       bigint       not null,
    sha256      varchar(64)  not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp with time zone not null,
    primary key (data_year, file_name)
);

create sequence assignment_run_seq start with 1 increment by 1;
create table assignment_run (
    id               bigint       not null primary key,
    performance_year integer      not null,
    status           varchar(20)  not null,
    started_by       varchar(100) not null,
    started_at       timestamp with time zone not null,
    execution_id     bigint,
    finished_at      timestamp with time zone,
    problem          varchar(2000),
    inputs_created   integer,
    inputs_note      varchar(4000)
);
create index assignment_run_by_year on assignment_run (performance_year, id);

-- The years a run computes: the PY and the loaded benchmark years, each partitioned into buckets.
create table assignment_run_year (
    run_id        bigint  not null references assignment_run (id),
    data_year     integer not null,
    bucket_count  integer,
    beneficiaries bigint,
    partitioned   boolean not null default false,
    summarized    boolean not null default false,
    primary key (run_id, data_year)
);

-- A bucket (partition) whose results are committed: written in the same transaction as its rows.
create table assignment_bucket (
    run_id        bigint  not null,
    data_year     integer not null,
    bucket        integer not null,
    beneficiaries integer not null,
    assigned      integer not null,
    primary key (run_id, data_year, bucket)
);

create table assigned_beneficiary (
    run_id          bigint      not null,
    data_year       integer     not null,
    bucket          integer     not null,
    bene_id         varchar(11) not null,
    aco_id          varchar(5)  not null,
    step            varchar(2)  not null,
    cba_also        boolean     not null,
    participant_tin varchar(9),
    state_county    varchar(5),
    primary key (run_id, data_year, bene_id)
);
create index assigned_beneficiary_by_aco on assigned_beneficiary (run_id, data_year, aco_id);
create index assigned_beneficiary_by_bucket on assigned_beneficiary (run_id, data_year, bucket);

create table beneficiary_expenditure (
    run_id          bigint      not null,
    data_year       integer     not null,
    bucket          integer     not null,
    bene_id         varchar(11) not null,
    aco_id          varchar(5)  not null,
    enrollment_type varchar(4)  not null,
    months          integer     not null,
    raw_amount      numeric(24, 6) not null,
    truncated       numeric(20, 2),
    primary key (run_id, data_year, bene_id, enrollment_type)
);
create index beneficiary_expenditure_by_bucket on beneficiary_expenditure (run_id, data_year, bucket);

-- Assignable beneficiaries' amounts, kept only for a type whose national truncation point is not loaded.
create table assignable_amount (
    run_id          bigint     not null,
    data_year       integer    not null,
    bucket          integer    not null,
    enrollment_type varchar(4) not null,
    raw_amount      numeric(24, 6) not null,
    months          integer    not null
);
create index assignable_amount_by_bucket on assignable_amount (run_id, data_year, bucket);

create table aco_year_summary (
    run_id          bigint     not null,
    data_year       integer    not null,
    aco_id          varchar(5) not null,
    enrollment_type varchar(5) not null,
    months          bigint     not null,
    expenditure     numeric(20, 2),
    per_capita      numeric(20, 2),
    assigned        integer    not null,
    primary key (run_id, data_year, aco_id, enrollment_type)
);

-- Reference data per calendar year, loaded by CMS administrators: national per-capita FFS
-- expenditure by enrollment type (the trend between years is their ratio) and the national truncation
-- point (99th percentile of assignable beneficiaries, spec F.5).
create table benchmark_national_year (
    data_year           integer    not null,
    enrollment_type     varchar(4) not null,
    national_per_capita numeric(17, 2) not null,
    truncation_point    numeric(17, 2),
    loaded_by           varchar(100) not null,
    loaded_at           timestamp with time zone not null,
    primary key (data_year, enrollment_type)
);

-- CMS-HCC risk scores of an ACO's assigned beneficiaries per year and enrollment type.
create table benchmark_risk_score (
    data_year       integer    not null,
    aco_id          varchar(5) not null,
    enrollment_type varchar(4) not null,
    risk_score      numeric(8, 4) not null,
    loaded_by       varchar(100) not null,
    loaded_at       timestamp with time zone not null,
    primary key (data_year, aco_id, enrollment_type)
);

-- The MSR CMS sets for an ACO of a PY with fewer than 5,000 assigned beneficiaries (425.110(b)): no
-- closed form is published, so CMS supplies it.
create table benchmark_aco_msr (
    data_year   integer      not null,
    aco_id      varchar(5)   not null,
    cms_set_msr numeric(7, 5) not null,
    loaded_by   varchar(100) not null,
    loaded_at   timestamp with time zone not null,
    primary key (data_year, aco_id)
);

-- A beneficiary who declined sharing of claims data (1-800-MEDICARE): still assigned, never detailed.
create table beneficiary_sharing_preference (
    bene_id     varchar(11)  not null primary key,
    declined    boolean      not null,
    recorded_on date         not null,
    loaded_by   varchar(100) not null,
    loaded_at   timestamp with time zone not null
);

-- Every view and download of beneficiary-level data: who, when, which ACO, how many beneficiaries.
create sequence phi_access_seq start with 1 increment by 1;
create table phi_access (
    id               bigint       not null primary key,
    accessed_at      timestamp with time zone not null,
    user_name        varchar(100) not null,
    aco_id           varchar(5)   not null,
    performance_year integer      not null,
    action           varchar(20)  not null,
    beneficiaries    integer      not null
);
create index phi_access_by_time on phi_access (accessed_at desc);
