-- Issue 13, the MIPS APM scoring standard and the release of quality results:
-- the participant TINs' Promoting Interoperability scores and MIPS eligible clinician counts CMS loads per PY;
-- the improvement activities score an ACO earned by reporting (entered by CMS with its determinations, which are
-- now audited: CMS enters them by file or form); and each ACO's quality results as CMS released them for a PY
-- (what the public ACO page and the clinician lookup show; nothing before the release).

create sequence cms_tin_interoperability_seq start with 1 increment by 50;
create sequence released_quality_seq start with 1 increment by 50;

create table cms_tin_interoperability (
    id                  bigint        not null primary key,
    aco_id              varchar(5)    not null,
    py                  integer       not null,
    tin                 varchar(9)    not null,
    pi_score            numeric(7, 4) not null check (pi_score >= 0 and pi_score <= 100),
    eligible_clinicians integer       not null check (eligible_clinicians >= 0),
    source_file         varchar(200)  not null,
    loaded_by           varchar(100)  not null,
    loaded_at           timestamp     not null,
    constraint cms_tin_interoperability_once unique (aco_id, py, tin)
);

alter table cms_quality_inputs add column improvement_activities numeric(7, 4)
    check (improvement_activities >= 0 and improvement_activities <= 100);

create table cms_quality_inputs_aud (
    id                        bigint  not null,
    rev                       bigint  not null references audit_revision (id),
    revtype                   smallint,
    aco_id                    varchar(5),
    acoid_mod                 boolean,
    py                        integer,
    py_mod                    boolean,
    underserved_share         numeric(7, 6),
    underservedshare_mod      boolean,
    top_third                 integer,
    topthird_mod              boolean,
    middle_third              integer,
    middlethird_mod           boolean,
    improvement_points        numeric(7, 4),
    improvementpoints_mod     boolean,
    euc_affected              boolean,
    eucaffected_mod           boolean,
    improvement_activities    numeric(7, 4),
    improvementactivities_mod boolean,
    source_file               varchar(200),
    sourcefile_mod            boolean,
    loaded_by                 varchar(100),
    loadedby_mod              boolean,
    loaded_at                 timestamp,
    loadedat_mod              boolean,
    primary key (id, rev)
);

create table released_quality (
    id                          bigint        not null primary key,
    aco_id                      varchar(5)    not null,
    py                          integer       not null,
    quality_score               numeric(7, 2),
    outcome                     varchar(200)  not null,
    met_standard                boolean       not null,
    met_alternative             boolean       not null,
    mips_final_score            numeric(7, 2),
    mips_quality                numeric(7, 2),
    mips_interoperability       numeric(7, 2),
    mips_improvement_activities numeric(7, 2),
    released_by                 varchar(100)  not null,
    released_at                 timestamp     not null,
    constraint released_quality_once unique (aco_id, py)
);

create table released_quality_measure (
    release_id bigint         not null references released_quality (id) on delete cascade,
    position   integer        not null,
    measure    varchar(200)   not null,
    rate       numeric(12, 4) not null,
    primary key (release_id, position)
);
