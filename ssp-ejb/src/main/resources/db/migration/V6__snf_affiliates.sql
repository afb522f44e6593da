-- SNF affiliates of ACOs using the SNF 3-day rule waiver (42 CFR 425.612). A removed affiliate is
-- terminated, not deleted, so the list in force on any day can be told.
-- Portable between PostgreSQL and H2 in PostgreSQL mode.

create sequence snf_affiliate_seq start with 1 increment by 50;

create table snf_affiliate (
    id               bigint       not null primary key,
    version          bigint       not null default 0,
    aco_id           varchar(5)   not null,
    ccn              varchar(6)   not null,
    facility_name    varchar(200) not null,
    tin              varchar(9)   not null,
    star_rating      integer      not null,
    effective_date   date         not null,
    termination_date date
);
create index snf_affiliate_by_aco on snf_affiliate (aco_id, ccn);

create table snf_affiliate_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    aco_id              varchar(5),
    acoid_mod           boolean,
    ccn                 varchar(6),
    ccn_mod             boolean,
    facility_name       varchar(200),
    facilityname_mod    boolean,
    tin                 varchar(9),
    tin_mod             boolean,
    star_rating         integer,
    starrating_mod      boolean,
    effective_date      date,
    effectivedate_mod   boolean,
    termination_date    date,
    terminationdate_mod boolean,
    primary key (id, rev)
);
create index snf_affiliate_aud_rev on snf_affiliate_aud (rev);
