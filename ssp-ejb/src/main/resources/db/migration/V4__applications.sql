-- The application cycle: cycles with their deadlines, notices of intent, applications with their
-- deficiencies, documents and history, and the agreements approval creates.
-- Portable between PostgreSQL and H2 in PostgreSQL mode.

create sequence application_cycle_seq start with 1 increment by 50;
create sequence notice_of_intent_seq start with 1 increment by 50;
create sequence application_seq start with 1 increment by 50;
create sequence application_deficiency_seq start with 1 increment by 50;
create sequence application_document_seq start with 1 increment by 50;
create sequence application_event_seq start with 1 increment by 50;
create sequence agreement_seq start with 1 increment by 50;

create table application_cycle (
    id                bigint  not null primary key,
    version           bigint  not null default 0,
    agreement_year    integer not null unique,
    noia_opens        date    not null,
    noia_closes       date    not null,
    submission_opens  date    not null,
    submission_closes date    not null,
    rfi1_deadline     date    not null,
    rfi2_deadline     date    not null,
    final_disposition date    not null
);

create table notice_of_intent (
    id                bigint       not null primary key,
    aco_id            varchar(5)   not null,
    cycle_pk          bigint       not null references application_cycle (id),
    legal_name        varchar(200) not null,
    tin               varchar(9)   not null,
    doing_business_as varchar(200),
    address           varchar(300) not null,
    executive_name    varchar(120) not null,
    executive_email   varchar(200) not null,
    primary_name      varchar(120) not null,
    primary_email     varchar(200) not null,
    secondary_name    varchar(120),
    secondary_email   varchar(200),
    submitted_by      varchar(100) not null,
    submitted_at      timestamp    not null,
    constraint notice_of_intent_one_per_cycle unique (aco_id, cycle_pk)
);

create table application (
    id                  bigint        not null primary key,
    version             bigint        not null default 0,
    aco_id              varchar(5)    not null,
    cycle_pk            bigint        not null references application_cycle (id),
    status              varchar(20)   not null,
    rfi_round           integer       not null default 0,
    rfi_deadline        date,
    submitted_on        date,
    reviewer            varchar(100),
    last_changed_by     varchar(100),
    last_changed_at     timestamp,
    decision_reason     varchar(2000),
    legal_name          varchar(200),
    tin                 varchar(9),
    doing_business_as   varchar(200),
    address             varchar(300),
    agreement_start     date          not null,
    track               varchar(20),
    msr_mlr             varchar(30),
    assignment_method   varchar(30),
    snf_waiver          boolean       not null default false,
    elected_levels      varchar(200),
    governing_body      varchar(2000),
    compliance_official varchar(120),
    medical_director    varchar(120),
    repayment_type      varchar(30),
    repayment_issuer    varchar(200),
    repayment_amount    numeric(15, 2),
    total_expenditures  numeric(15, 2),
    participant_revenue numeric(15, 2),
    eft_status          varchar(20)   not null,
    attest_accurate     boolean       not null default false,
    attest_compliance   boolean       not null default false,
    constraint application_one_per_cycle unique (aco_id, cycle_pk)
);
create index application_status on application (status);

create table application_deficiency (
    id             bigint        not null primary key,
    application_pk bigint        not null references application (id),
    section        varchar(30)   not null,
    rfi_round      integer       not null,
    description    varchar(2000) not null,
    recorded_by    varchar(100)  not null,
    response       varchar(4000)
);
create index application_deficiency_app on application_deficiency (application_pk);

create table application_document (
    id             bigint       not null primary key,
    application_pk bigint       not null references application (id),
    kind           varchar(30)  not null,
    file_name      varchar(200) not null,
    size_bytes     integer      not null,
    content        bytea        not null
);
create index application_document_app on application_document (application_pk);

create table application_event (
    id             bigint       not null primary key,
    application_pk bigint       not null references application (id),
    occurred_at    timestamp    not null,
    user_name      varchar(100) not null,
    description    varchar(500) not null
);
create index application_event_app on application_event (application_pk);

create table agreement (
    id                bigint       not null primary key,
    version           bigint       not null default 0,
    aco_id            varchar(5)   not null,
    application_pk    bigint,
    start_date        date         not null,
    years             integer      not null,
    levels            varchar(200) not null,
    msr_mlr           varchar(30),
    assignment_method varchar(30)
);
create index agreement_aco on agreement (aco_id);

-- Envers audit tables (*_mod: which property changed in the revision)
create table application_cycle_aud (
    id                   bigint   not null,
    rev                  bigint   not null references audit_revision (id),
    revtype              smallint,
    agreement_year       integer,
    agreementyear_mod    boolean,
    noia_opens           date,
    noiaopens_mod        boolean,
    noia_closes          date,
    noiacloses_mod       boolean,
    submission_opens     date,
    submissionopens_mod  boolean,
    submission_closes    date,
    submissioncloses_mod boolean,
    rfi1_deadline        date,
    rfi1deadline_mod     boolean,
    rfi2_deadline        date,
    rfi2deadline_mod     boolean,
    final_disposition    date,
    finaldisposition_mod boolean,
    primary key (id, rev)
);

create table notice_of_intent_aud (
    id                  bigint   not null,
    rev                 bigint   not null references audit_revision (id),
    revtype             smallint,
    aco_id              varchar(5),
    acoid_mod           boolean,
    cycle_pk            bigint,
    cycle_mod           boolean,
    legal_name          varchar(200),
    legalname_mod       boolean,
    tin                 varchar(9),
    tin_mod             boolean,
    doing_business_as   varchar(200),
    doingbusinessas_mod boolean,
    address             varchar(300),
    address_mod         boolean,
    executive_name      varchar(120),
    executivename_mod   boolean,
    executive_email     varchar(200),
    executiveemail_mod  boolean,
    primary_name        varchar(120),
    primaryname_mod     boolean,
    primary_email       varchar(200),
    primaryemail_mod    boolean,
    secondary_name      varchar(120),
    secondaryname_mod   boolean,
    secondary_email     varchar(200),
    secondaryemail_mod  boolean,
    submitted_by        varchar(100),
    submittedby_mod     boolean,
    submitted_at        timestamp,
    submittedat_mod     boolean,
    primary key (id, rev)
);

create table application_aud (
    id                     bigint   not null,
    rev                    bigint   not null references audit_revision (id),
    revtype                smallint,
    aco_id                 varchar(5),
    acoid_mod              boolean,
    cycle_pk               bigint,
    cycle_mod              boolean,
    status                 varchar(20),
    status_mod             boolean,
    rfi_round              integer,
    rfiround_mod           boolean,
    rfi_deadline           date,
    rfideadline_mod        boolean,
    submitted_on           date,
    submittedon_mod        boolean,
    reviewer               varchar(100),
    reviewer_mod           boolean,
    last_changed_by        varchar(100),
    lastchangedby_mod      boolean,
    last_changed_at        timestamp,
    lastchangedat_mod      boolean,
    decision_reason        varchar(2000),
    decisionreason_mod     boolean,
    legal_name             varchar(200),
    legalname_mod          boolean,
    tin                    varchar(9),
    tin_mod                boolean,
    doing_business_as      varchar(200),
    doingbusinessas_mod    boolean,
    address                varchar(300),
    address_mod            boolean,
    agreement_start        date,
    agreementstart_mod     boolean,
    track                  varchar(20),
    track_mod              boolean,
    msr_mlr                varchar(30),
    msrmlr_mod             boolean,
    assignment_method      varchar(30),
    assignmentmethod_mod   boolean,
    snf_waiver             boolean,
    snfwaiver_mod          boolean,
    elected_levels         varchar(200),
    electedlevels_mod      boolean,
    governing_body         varchar(2000),
    governingbody_mod      boolean,
    compliance_official    varchar(120),
    complianceofficial_mod boolean,
    medical_director       varchar(120),
    medicaldirector_mod    boolean,
    repayment_type         varchar(30),
    repaymenttype_mod      boolean,
    repayment_issuer       varchar(200),
    repaymentissuer_mod    boolean,
    repayment_amount       numeric(15, 2),
    repaymentamount_mod    boolean,
    total_expenditures     numeric(15, 2),
    totalexpenditures_mod  boolean,
    participant_revenue    numeric(15, 2),
    participantrevenue_mod boolean,
    eft_status             varchar(20),
    eftstatus_mod          boolean,
    attest_accurate        boolean,
    attestaccurate_mod     boolean,
    attest_compliance      boolean,
    attestcompliance_mod   boolean,
    deficiencies_mod       boolean,
    documents_mod          boolean,
    history_mod            boolean,
    primary key (id, rev)
);

create table application_deficiency_aud (
    id              bigint   not null,
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    application_pk  bigint,
    application_mod boolean,
    section         varchar(30),
    section_mod     boolean,
    rfi_round       integer,
    rfiround_mod    boolean,
    description     varchar(2000),
    description_mod boolean,
    recorded_by     varchar(100),
    recordedby_mod  boolean,
    response        varchar(4000),
    response_mod    boolean,
    primary key (id, rev)
);

create table application_document_aud (
    id              bigint   not null,
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    application_pk  bigint,
    application_mod boolean,
    kind            varchar(30),
    kind_mod        boolean,
    file_name       varchar(200),
    filename_mod    boolean,
    size_bytes      integer,
    sizebytes_mod   boolean,
    primary key (id, rev)
);

create table application_event_aud (
    id              bigint   not null,
    rev             bigint   not null references audit_revision (id),
    revtype         smallint,
    application_pk  bigint,
    application_mod boolean,
    occurred_at     timestamp,
    occurredat_mod  boolean,
    user_name       varchar(100),
    username_mod    boolean,
    description     varchar(500),
    description_mod boolean,
    primary key (id, rev)
);

create table agreement_aud (
    id                   bigint   not null,
    rev                  bigint   not null references audit_revision (id),
    revtype              smallint,
    aco_id               varchar(5),
    acoid_mod            boolean,
    application_pk       bigint,
    applicationid_mod    boolean,
    start_date           date,
    startdate_mod        boolean,
    years                integer,
    years_mod            boolean,
    levels               varchar(200),
    levels_mod           boolean,
    msr_mlr              varchar(30),
    msrmlr_mod           boolean,
    assignment_method    varchar(30),
    assignmentmethod_mod boolean,
    primary key (id, rev)
);

create index application_cycle_aud_rev on application_cycle_aud (rev);
create index notice_of_intent_aud_rev on notice_of_intent_aud (rev);
create index application_aud_rev on application_aud (rev);
create index application_deficiency_aud_rev on application_deficiency_aud (rev);
create index application_document_aud_rev on application_document_aud (rev);
create index application_event_aud_rev on application_event_aud (rev);
create index agreement_aud_rev on agreement_aud (rev);
