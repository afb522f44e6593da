-- Foundation schema: ACOs, their contacts and the audit trail (Hibernate Envers).
-- Portable between PostgreSQL and H2 in PostgreSQL mode (the zero-setup demo database).

create sequence aco_seq start with 1 increment by 50;
create sequence aco_contact_seq start with 1 increment by 50;
create sequence audit_revision_seq start with 1 increment by 1;

create table aco (
    id                bigint       not null primary key,
    version           bigint       not null default 0,
    aco_id            varchar(5)   not null unique,
    legal_name        varchar(200) not null,
    doing_business_as varchar(200),
    tin               varchar(9)   not null,
    state_codes       varchar(60),
    track             varchar(20),
    agreement_start   date,
    agreement_period  integer
);

create table aco_contact (
    id           bigint       not null primary key,
    version      bigint       not null default 0,
    aco_pk       bigint       not null references aco (id),
    contact_role varchar(30)  not null,
    full_name    varchar(120) not null,
    title        varchar(120),
    email        varchar(200) not null,
    phone        varchar(25),
    constraint aco_contact_one_per_role unique (aco_pk, contact_role)
);

create table audit_revision (
    id         bigint       not null primary key,
    changed_at bigint       not null,
    user_name  varchar(100) not null
);

-- Envers: one row per entity per revision; *_mod flags say which properties changed.
create table aco_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    aco_id              varchar(5),
    acoid_mod           boolean,
    legal_name          varchar(200),
    legalname_mod       boolean,
    doing_business_as   varchar(200),
    doingbusinessas_mod boolean,
    tin                 varchar(9),
    tin_mod             boolean,
    state_codes         varchar(60),
    states_mod          boolean,
    track               varchar(20),
    track_mod           boolean,
    agreement_start     date,
    agreementstart_mod  boolean,
    agreement_period    integer,
    agreementperiod_mod boolean,
    contacts_mod        boolean,
    primary key (id, rev)
);

create table aco_contact_aud (
    id           bigint not null,
    rev          bigint not null references audit_revision (id),
    revtype      smallint,
    aco_pk       bigint,
    aco_mod      boolean,
    contact_role varchar(30),
    role_mod     boolean,
    full_name    varchar(120),
    name_mod     boolean,
    title        varchar(120),
    title_mod    boolean,
    email        varchar(200),
    email_mod    boolean,
    phone        varchar(25),
    phone_mod    boolean,
    primary key (id, rev)
);

create index aco_aud_rev on aco_aud (rev);
create index aco_contact_aud_rev on aco_contact_aud (rev);
