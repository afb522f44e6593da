-- Participant lists: the lists in force (participant TINs, providers/suppliers), the change
-- requests that change them, CMS's reference list of TINs in other initiatives, the change-request
-- window, and a staging table for set-based screening of uploads.
-- Portable between PostgreSQL and H2 in PostgreSQL mode.

create sequence participant_tin_seq start with 1 increment by 50;
create sequence provider_supplier_seq start with 1 increment by 50;
create sequence change_request_seq start with 1 increment by 50;
create sequence change_request_row_seq start with 1 increment by 50;

-- A TIN is on an ACO's list for a PY when its dates overlap the PY.
create table participant_tin (
    id               bigint       not null primary key,
    version          bigint       not null default 0,
    aco_id           varchar(5)   not null,
    tin              varchar(9)   not null,
    legal_name       varchar(200) not null,
    primary_care     boolean      not null,
    effective_date   date         not null,
    termination_date date
);
create index participant_tin_by_tin on participant_tin (tin, effective_date);
create index participant_tin_by_aco on participant_tin (aco_id, tin);

create table provider_supplier (
    id               bigint       not null primary key,
    version          bigint       not null default 0,
    aco_id           varchar(5)   not null,
    npi              varchar(10)  not null,
    full_name        varchar(200) not null,
    specialty        varchar(200),
    tin              varchar(9)   not null,
    effective_date   date         not null,
    termination_date date
);
create index provider_supplier_by_aco on provider_supplier (aco_id, npi);
create index provider_supplier_by_npi on provider_supplier (npi, tin);

create table change_request (
    id           bigint       not null primary key,
    version      bigint       not null default 0,
    aco_id       varchar(5)   not null,
    py           integer      not null,
    status       varchar(20)  not null,
    created_by   varchar(100) not null,
    submitted_by varchar(100),
    submitted_at timestamp,
    decided_at   timestamp
);
create index change_request_by_aco on change_request (aco_id, py);
create index change_request_by_status on change_request (status, submitted_at);

create table change_request_row (
    id               bigint       not null primary key,
    version          bigint       not null default 0,
    request_id       bigint       not null references change_request (id),
    list_kind        varchar(20)  not null,
    action           varchar(10)  not null,
    tin              varchar(9)   not null,
    npi              varchar(10),
    entry_name       varchar(200) not null,
    specialty        varchar(200),
    primary_care     boolean      not null,
    effective_date   date,
    termination_date date,
    target_id        bigint,
    disposition      varchar(10)  not null,
    reason_code      varchar(30),
    decided_by       varchar(100),
    decided_at       timestamp
);
create index change_request_row_by_request on change_request_row (request_id, list_kind);
create index change_request_row_by_tin on change_request_row (tin);
create index change_request_row_by_npi on change_request_row (npi);

-- CMS's reference list: TINs taking part in other CMS initiatives in a PY.
create table other_initiative_tin (
    tin        varchar(9)  not null,
    initiative varchar(30) not null,
    py         integer     not null,
    primary key (tin, initiative, py)
);

-- When ACOs may submit participant additions for a PY; set by CMS.
create table change_request_window (
    py        integer not null primary key,
    opens_on  date    not null,
    closes_on date    not null
);

-- Rows of an upload being screened: inserted, joined against the lists, deleted, in one transaction.
create table screening_row (
    batch_id     varchar(36) not null,
    row_no       integer     not null,
    list_kind    varchar(20) not null,
    tin          varchar(9)  not null,
    npi          varchar(10),
    primary_care boolean     not null
);
create index screening_row_by_batch on screening_row (batch_id, list_kind);

create table participant_tin_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    aco_id              varchar(5),
    acoid_mod           boolean,
    tin                 varchar(9),
    tin_mod             boolean,
    legal_name          varchar(200),
    legalname_mod       boolean,
    primary_care        boolean,
    primarycare_mod     boolean,
    effective_date      date,
    effectivedate_mod   boolean,
    termination_date    date,
    terminationdate_mod boolean,
    primary key (id, rev)
);
create index participant_tin_aud_rev on participant_tin_aud (rev);

create table provider_supplier_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    aco_id              varchar(5),
    acoid_mod           boolean,
    npi                 varchar(10),
    npi_mod             boolean,
    full_name           varchar(200),
    name_mod            boolean,
    specialty           varchar(200),
    specialty_mod       boolean,
    tin                 varchar(9),
    tin_mod             boolean,
    effective_date      date,
    effectivedate_mod   boolean,
    termination_date    date,
    terminationdate_mod boolean,
    primary key (id, rev)
);
create index provider_supplier_aud_rev on provider_supplier_aud (rev);
