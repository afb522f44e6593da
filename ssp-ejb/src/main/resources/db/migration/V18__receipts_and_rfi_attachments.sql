-- Issue 15: the receipt of each submission of an application (reference number, when, by whom, and
-- a copy of what was submitted, from which its PDF is drawn).

create sequence application_receipt_seq start with 1 increment by 50;

create table application_receipt (
    id             bigint        not null primary key,
    application_pk bigint        not null references application (id),
    receipt_no     integer       not null,
    reference      varchar(40)   not null,
    description    varchar(200)  not null,
    submitted_at   timestamp     not null,
    submitted_by   varchar(100)  not null,
    submitted_copy varchar(1000000) not null,
    constraint application_receipt_reference unique (reference),
    constraint application_receipt_number unique (application_pk, receipt_no)
);

create table application_receipt_aud (
    id              bigint not null,
    rev             bigint not null references audit_revision (id),
    revtype         smallint,
    application_pk  bigint,
    application_mod boolean,
    receipt_no      integer,
    number_mod      boolean,
    reference       varchar(40),
    reference_mod   boolean,
    description     varchar(200),
    description_mod boolean,
    submitted_at    timestamp,
    submittedat_mod boolean,
    submitted_by    varchar(100),
    submittedby_mod boolean,
    primary key (id, rev)
);
create index application_receipt_aud_rev on application_receipt_aud (rev);
alter table application_aud add column receipts_mod boolean;

-- A document may support the answer to one deficiency of a request for information.
alter table application_document add column deficiency_pk bigint references application_deficiency (id);
alter table application_document_aud add column deficiency_pk bigint;
alter table application_document_aud add column deficiency_mod boolean;
