-- Quality reporting and scoring in the application (issue 13): the CMS-set reporting window of a PY,
-- the PY's reference data as cms-admin loads it (a new version of the same three CSV files the domain
-- reads; none stored means the repository's files), each ACO's APP report and its measure rows, and
-- what CMS loads per ACO (CAHPS for MIPS results, claims-based measures 479/484, and its determinations:
-- health equity inputs, improvement score, extreme and uncontrollable circumstances).

create sequence quality_report_seq start with 1 increment by 50;
create sequence quality_report_measure_seq start with 1 increment by 50;
create sequence cms_quality_measure_seq start with 1 increment by 50;
create sequence cms_quality_inputs_seq start with 1 increment by 50;
create sequence quality_reference_version_seq start with 1 increment by 50;

create table quality_reporting_window (
    py         integer      not null primary key,
    version    bigint       not null default 0,
    opens_on   date         not null,
    closes_on  date         not null,
    set_by     varchar(100) not null,
    set_at     timestamp    not null
);

create table quality_reporting_window_aud (
    py           integer not null,
    rev          bigint  not null references audit_revision (id),
    revtype      smallint,
    opens_on     date,
    openson_mod  boolean,
    closes_on    date,
    closeson_mod boolean,
    set_by       varchar(100),
    setby_mod    boolean,
    set_at       timestamp,
    setat_mod    boolean,
    primary key (py, rev)
);

create table quality_reference_version (
    id          bigint       not null primary key,
    py          integer      not null,
    number      integer      not null,
    parameters  text         not null,
    measures    text         not null,
    benchmarks  text         not null,
    changed     varchar(30)  not null,
    loaded_by   varchar(100) not null,
    loaded_at   timestamp    not null,
    constraint quality_reference_version_number unique (py, number)
);

create table quality_report (
    id            bigint       not null primary key,
    version       bigint       not null default 0,
    aco_id        varchar(5)   not null,
    py            integer      not null,
    status        varchar(20)  not null,
    updated_by    varchar(100) not null,
    updated_at    timestamp    not null,
    submitted_by  varchar(100),
    submitted_at  timestamp,
    constraint quality_report_one_per_year unique (aco_id, py)
);

create table quality_report_aud (
    id               bigint  not null,
    rev              bigint  not null references audit_revision (id),
    revtype          smallint,
    aco_id           varchar(5),
    acoid_mod        boolean,
    py               integer,
    py_mod           boolean,
    status           varchar(20),
    status_mod       boolean,
    updated_by       varchar(100),
    updatedby_mod    boolean,
    updated_at       timestamp,
    updatedat_mod    boolean,
    submitted_by     varchar(100),
    submittedby_mod  boolean,
    submitted_at     timestamp,
    submittedat_mod  boolean,
    primary key (id, rev)
);

create table quality_report_measure (
    id                   bigint      not null primary key,
    report_id            bigint      not null references quality_report (id),
    measure_id           varchar(20) not null,
    collection_type      varchar(30) not null,
    performance_met      bigint      not null check (performance_met >= 0),
    denominator          bigint      not null check (denominator >= performance_met),
    exclusions           bigint      not null check (exclusions >= 0),
    eligible_population  bigint      not null check (eligible_population >= 0),
    constraint quality_report_measure_once unique (report_id, measure_id, collection_type)
);

create table cms_quality_measure (
    id               bigint        not null primary key,
    aco_id           varchar(5)    not null,
    py               integer       not null,
    measure_id       varchar(20)   not null,
    collection_type  varchar(30)   not null,
    rate             numeric(12, 6) not null check (rate >= 0 and rate <= 100),
    cases            bigint        check (cases >= 0),
    source_file      varchar(200)  not null,
    loaded_by        varchar(100)  not null,
    loaded_at        timestamp     not null,
    constraint cms_quality_measure_once unique (aco_id, py, measure_id, collection_type)
);
create index cms_quality_measure_by_year on cms_quality_measure (py, collection_type);

create table cms_quality_inputs (
    id                 bigint        not null primary key,
    aco_id             varchar(5)    not null,
    py                 integer       not null,
    underserved_share  numeric(7, 6) check (underserved_share >= 0 and underserved_share <= 1),
    top_third          integer       check (top_third >= 0),
    middle_third       integer       check (middle_third >= 0),
    improvement_points numeric(7, 4) not null check (improvement_points >= 0),
    euc_affected       boolean       not null,
    source_file        varchar(200)  not null,
    loaded_by          varchar(100)  not null,
    loaded_at          timestamp     not null,
    constraint cms_quality_inputs_once unique (aco_id, py)
);
