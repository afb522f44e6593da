-- The audit trail covers change requests and their rows (who submitted, who decided each row),
-- and records changes the entity history cannot show by itself (reference data written as tables).

create table change_request_aud (
    id               bigint not null,
    rev              bigint not null references audit_revision (id),
    revtype          smallint,
    aco_id           varchar(5),
    acoid_mod        boolean,
    py               integer,
    py_mod           boolean,
    status           varchar(20),
    status_mod       boolean,
    created_by       varchar(100),
    createdby_mod    boolean,
    submitted_by     varchar(100),
    submittedby_mod  boolean,
    submitted_at     timestamp,
    submittedat_mod  boolean,
    decided_at       timestamp,
    decidedat_mod    boolean,
    primary key (id, rev)
);
create index change_request_aud_rev on change_request_aud (rev);

create table change_request_row_aud (
    id                  bigint not null,
    rev                 bigint not null references audit_revision (id),
    revtype             smallint,
    request_id          bigint,
    request_mod         boolean,
    list_kind           varchar(20),
    kind_mod            boolean,
    action              varchar(10),
    action_mod          boolean,
    tin                 varchar(9),
    tin_mod             boolean,
    npi                 varchar(10),
    npi_mod             boolean,
    ccn                 varchar(6),
    ccn_mod             boolean,
    star_rating         integer,
    starrating_mod      boolean,
    correction          varchar(1000),
    correction_mod      boolean,
    entry_name          varchar(200),
    name_mod            boolean,
    specialty           varchar(200),
    specialty_mod       boolean,
    primary_care        boolean,
    primarycare_mod     boolean,
    effective_date      date,
    effectivedate_mod   boolean,
    termination_date    date,
    terminationdate_mod boolean,
    target_id           bigint,
    targetid_mod        boolean,
    disposition         varchar(10),
    disposition_mod     boolean,
    reason_code         varchar(30),
    reason_mod          boolean,
    decided_by          varchar(100),
    decidedby_mod       boolean,
    decided_at          timestamp,
    decidedat_mod       boolean,
    primary key (id, rev)
);
create index change_request_row_aud_rev on change_request_row_aud (rev);

create sequence audit_event_seq start with 1 increment by 1;
create table audit_event (
    id          bigint       not null primary key,
    occurred_at timestamp with time zone not null,
    user_name   varchar(100) not null,
    aco_id      varchar(5),
    record_type varchar(60)  not null,
    record_key  varchar(200) not null,
    action      varchar(30)  not null,
    changes     varchar(4000)
);
create index audit_event_by_time on audit_event (occurred_at desc);

-- Four eyes and revisions on reconciliation runs: why a run was approved or released, and a
-- correction of a released PY as a numbered revision with its reason.
alter table reconciliation_run add column revision integer not null default 1;
alter table reconciliation_run add column revision_reason varchar(500);
alter table reconciliation_run add column approval_note varchar(500);
alter table reconciliation_run add column release_note varchar(500);
alter table reconciliation_run_aud add column revision integer;
alter table reconciliation_run_aud add column revision_mod boolean;
alter table reconciliation_run_aud add column revision_reason varchar(500);
alter table reconciliation_run_aud add column revisionreason_mod boolean;
alter table reconciliation_run_aud add column approval_note varchar(500);
alter table reconciliation_run_aud add column approvalnote_mod boolean;
alter table reconciliation_run_aud add column release_note varchar(500);
alter table reconciliation_run_aud add column releasenote_mod boolean;

-- A denial says why in words, beside its reason code.
alter table change_request_row add column reason_note varchar(500);
alter table change_request_row_aud add column reason_note varchar(500);
alter table change_request_row_aud add column reasonnote_mod boolean;

-- Notifications: each user's inbox, and the e-mail queued in the same transaction as the notice.
create sequence notification_seq start with 1 increment by 1;
create table notification (
    id         bigint        not null primary key,
    created_at timestamp with time zone not null,
    event      varchar(40)   not null,
    audience   varchar(60)   not null,
    subject    varchar(200)  not null,
    body       varchar(2000) not null,
    link       varchar(300),
    once_key   varchar(200)  unique
);
create index notification_by_audience on notification (audience, created_at desc);

create table notification_read (
    notification_id bigint       not null references notification (id),
    user_name       varchar(100) not null,
    primary key (notification_id, user_name)
);

create sequence outbound_mail_seq start with 1 increment by 1;
create table outbound_mail (
    id              bigint        not null primary key,
    notification_id bigint        not null references notification (id),
    to_address      varchar(200)  not null,
    subject         varchar(200)  not null,
    body            varchar(4000) not null,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    attempts        integer       not null default 0,
    last_error      varchar(500)
);
create index outbound_mail_waiting on outbound_mail (sent_at, id);
