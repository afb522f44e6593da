-- Annual certification (rules sections 6 and 7): the window CMS opens per PY, each ACO's package,
-- the snapshot of the lists it signed, the repayment-mechanism figures, and what each ACO keeps on
-- file for compliance and its public reporting page.
-- Portable between PostgreSQL and H2 in PostgreSQL mode.

create sequence certification_seq start with 1 increment by 50;
create sequence compliance_plan_seq start with 1 increment by 50;

create table certification_cycle (
    py        integer      not null primary key,
    version   bigint       not null default 0,
    opens_on  date         not null,
    deadline  date         not null,
    opened_by varchar(100) not null,
    opened_at timestamp    not null
);

create table certification (
    id               bigint        not null primary key,
    version          bigint        not null default 0,
    aco_id           varchar(5)    not null,
    py               integer       not null,
    started_by       varchar(100)  not null,
    started_at       timestamp     not null,
    extended_to      date,
    extension_reason varchar(500),
    extended_by      varchar(100),
    signer_name      varchar(120),
    signer_title     varchar(120),
    signed_by        varchar(100),
    signed_at        timestamp,
    attested_items   varchar(300),
    repayment_amount numeric(15, 2),
    constraint certification_one_per_year unique (aco_id, py)
);

-- The exact lists signed: copied from the lists in force at the moment of signing and never
-- changed afterwards (later list changes touch participant_tin/provider_supplier only).
create table certified_entry (
    certification_id bigint       not null references certification (id),
    list_kind        varchar(20)  not null,
    entry_id         bigint       not null,
    tin              varchar(9)   not null,
    npi              varchar(10),
    entry_name       varchar(200) not null,
    specialty        varchar(200),
    effective_date   date         not null,
    termination_date date,
    primary key (certification_id, list_kind, entry_id)
);

-- The figures CMS computes the repayment amount from (425.204(f)), per ACO and PY.
create table repayment_basis (
    aco_id                varchar(5)     not null,
    py                    integer        not null,
    assigned_expenditures numeric(15, 2) not null,
    participant_revenue   numeric(15, 2) not null,
    primary key (aco_id, py)
);

create table aco_compliance (
    aco_id           varchar(5)     not null primary key,
    version          bigint         not null default 0,
    public_url       varchar(300),
    governing_body   varchar(2000),
    leadership       varchar(2000),
    savings_use      varchar(2000),
    eft_authorized   boolean        not null default false,
    repayment_type   varchar(20),
    repayment_amount numeric(15, 2)
);

-- The compliance plan (425.300): every uploaded PDF is kept as a version.
create table compliance_plan (
    id          bigint       not null primary key,
    aco_id      varchar(5)   not null,
    version_no  integer      not null,
    file_name   varchar(200) not null,
    size_bytes  bigint       not null,
    content     bytea        not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp    not null,
    constraint compliance_plan_version unique (aco_id, version_no)
);

create table certification_cycle_aud (
    py            integer not null,
    rev           bigint  not null references audit_revision (id),
    revtype       smallint,
    opens_on      date,
    openson_mod   boolean,
    deadline      date,
    deadline_mod  boolean,
    opened_by     varchar(100),
    openedby_mod  boolean,
    opened_at     timestamp,
    openedat_mod  boolean,
    primary key (py, rev)
);

create table certification_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    aco_id              varchar(5),
    acoid_mod           boolean,
    py                  integer,
    py_mod              boolean,
    started_by          varchar(100),
    startedby_mod       boolean,
    started_at          timestamp,
    startedat_mod       boolean,
    extended_to         date,
    extendedto_mod      boolean,
    extension_reason    varchar(500),
    extensionreason_mod boolean,
    extended_by         varchar(100),
    extendedby_mod      boolean,
    signer_name         varchar(120),
    signername_mod      boolean,
    signer_title        varchar(120),
    signertitle_mod     boolean,
    signed_by           varchar(100),
    signedby_mod        boolean,
    signed_at           timestamp,
    signedat_mod        boolean,
    attested_items      varchar(300),
    attesteditems_mod   boolean,
    repayment_amount    numeric(15, 2),
    repaymentamount_mod boolean,
    primary key (id, rev)
);

create table aco_compliance_aud (
    aco_id              varchar(5) not null,
    rev                 bigint     not null references audit_revision (id),
    revtype             smallint,
    public_url          varchar(300),
    publicurl_mod       boolean,
    governing_body      varchar(2000),
    governingbody_mod   boolean,
    leadership          varchar(2000),
    leadership_mod      boolean,
    savings_use         varchar(2000),
    savingsuse_mod      boolean,
    eft_authorized      boolean,
    eftauthorized_mod   boolean,
    repayment_type      varchar(20),
    repaymenttype_mod   boolean,
    repayment_amount    numeric(15, 2),
    repaymentamount_mod boolean,
    primary key (aco_id, rev)
);
