-- The program's years (issue 11, section 2): an agreement's ordinal, the ACO's elections per PY,
-- and an agreement row for every ACO that has a track but none yet, so that every consumer can ask
-- the agreement for the level in force in a PY.

-- 1st, 2nd, 3rd ... agreement of the ACO (PUF Agreement_Period_Num)
alter table agreement add column agreement_number integer default 1 not null;
alter table agreement_aud add column agreement_number integer;
alter table agreement_aud add column agreementnumber_mod boolean;

-- One row per PY in which the ACO elected: a move up the glide path or a stay (level_choice, elected_level)
-- and/or a new assignment method, with who elected and when.
create sequence agreement_election_seq start with 1 increment by 50;
create table agreement_election (
    id                bigint       not null primary key,
    agreement_pk      bigint       not null references agreement (id),
    py                integer      not null,
    level_choice      varchar(20),
    elected_level     varchar(20),
    assignment_method varchar(30),
    elected_by        varchar(120) not null,
    elected_on        date         not null,
    constraint agreement_election_one_per_py unique (agreement_pk, py)
);

-- Agreements made by approval numbered in the order of their start per ACO (they were all stored as 1).
update agreement set agreement_number = (
    select count(*) from agreement e where e.aco_id = agreement.aco_id
      and (e.start_date < agreement.start_date or (e.start_date = agreement.start_date and e.id <= agreement.id)));

-- Approval stored the number of years (5) as the ACO's agreement period: store the ordinal instead.
update aco set agreement_period = (select max(g.agreement_number) from agreement g where g.aco_id = aco.aco_id)
where exists (select 1 from agreement g where g.aco_id = aco.aco_id and g.application_pk is not null);

-- ACOs recorded with a track and a start but no agreement: their track is taken as the entry level,
-- advanced on the glide path from the start (a July 1, 2019 start has six PYs, 2019 and 2020 on one
-- level); ENHANCED and the pre-2019 tracks keep their track.
insert into agreement (id, version, aco_id, application_pk, agreement_number, start_date, years, levels, msr_mlr, assignment_method)
select nextval('agreement_seq'), 0, a.aco_id, null, coalesce(a.agreement_period, 1), a.agreement_start,
       case when extract(month from a.agreement_start) = 7 then 6 else 5 end,
       case when extract(month from a.agreement_start) = 7 then
           case a.track
               when 'BASIC_A' then 'BASIC_A,BASIC_A,BASIC_B,BASIC_C,BASIC_D,BASIC_E'
               when 'BASIC_B' then 'BASIC_B,BASIC_B,BASIC_C,BASIC_D,BASIC_E,BASIC_E'
               when 'BASIC_C' then 'BASIC_C,BASIC_C,BASIC_D,BASIC_E,BASIC_E,BASIC_E'
               when 'BASIC_D' then 'BASIC_D,BASIC_D,BASIC_E,BASIC_E,BASIC_E,BASIC_E'
               else concat(a.track, ',', a.track, ',', a.track, ',', a.track, ',', a.track, ',', a.track) end
       else
           case a.track
               when 'BASIC_A' then 'BASIC_A,BASIC_B,BASIC_C,BASIC_D,BASIC_E'
               when 'BASIC_B' then 'BASIC_B,BASIC_C,BASIC_D,BASIC_E,BASIC_E'
               when 'BASIC_C' then 'BASIC_C,BASIC_D,BASIC_E,BASIC_E,BASIC_E'
               when 'BASIC_D' then 'BASIC_D,BASIC_E,BASIC_E,BASIC_E,BASIC_E'
               else concat(a.track, ',', a.track, ',', a.track, ',', a.track, ',', a.track) end
       end,
       null, null
from aco a
where a.track is not null and a.agreement_start is not null
  and not exists (select 1 from agreement g where g.aco_id = a.aco_id);

-- Eligibility at application (425.600, 425.20): the ACO says whether it is experienced with
-- performance-based risk Medicare ACO initiatives; CMS checks it in the review.
alter table application add column experienced_with_risk boolean default false not null;
alter table application_aud add column experienced_with_risk boolean;
alter table application_aud add column experiencedwithrisk_mod boolean;
