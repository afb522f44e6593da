-- A small, realistic demo program for trying the application out (./ssp run) and for the
-- end-to-end tests. ACO IDs, names, tracks and agreement dates are CMS's public PY2023 results;
-- TINs and people are invented (TINs 9000001xx, e-mail at example.org).
-- Idempotent: rows already present (perhaps edited through the application) are left alone.

insert into aco (id, aco_id, legal_name, tin, state_codes, track, agreement_start, agreement_period)
select nextval('aco_seq'), v.aco_id, v.legal_name, v.tin, v.states, v.track, cast(v.start_date as date), v.period
from (values
    ('A1001', 'Palm Beach Accountable Care Organization', '900000101', 'FL', 'ENHANCED', '2019-07-01', 3),
    ('A1026', 'Atlantic ACO', '900000102', 'NJ', 'BASIC_E', '2019-07-01', 3),
    ('A1247', 'RWJBH Accountable Care, LLC', '900000103', 'NJ', 'BASIC_B', '2019-07-01', 3),
    ('A2490', 'CMG ACO, LLC', '900000104', 'CA', 'BASIC_C', '2022-01-01', 3),
    ('A2660', 'Integrated Medical Staff of Jackson, P.C.', '900000105', 'MS', 'BASIC_D', '2022-01-01', 3),
    ('A4678', 'UT Health San Antonio Regional Physician Network', '900000106', 'TX', 'BASIC_A', '2019-07-01', 1)
) as v(aco_id, legal_name, tin, states, track, start_date, period)
where not exists (select 1 from aco a where a.aco_id = v.aco_id);

-- Their agreements: the one of the PY2023 results (ordinal and start as published) and the one in
-- force now. Levels per PY follow the glide path (a July 1, 2019 start keeps its entry level for the
-- 2019 half-year and 2020), except where CMS's PY2022 and PY2023 results record an ACO that kept its
-- level (A1247 at Level B, A4678 at Level A): those paths are stored as CMS recorded them. A1026 reaches Level E in 2026 (its clinicians become Advanced APM
-- participants that year); A2490 renewed early at Level A and reaches Level C, two-sided, in 2027
-- without an MSR/MLR chosen yet; A1247 and A4678 re-entered in 2026 at Level A; A1001's 5th
-- agreement (ENHANCED from 2030) is already signed.
insert into agreement (id, aco_id, application_pk, agreement_number, start_date, years, levels, msr_mlr, assignment_method)
select nextval('agreement_seq'), v.aco_id, null, v.num, cast(v.start_date as date), v.years, v.levels, v.msr_mlr, v.assignment
from (values
    ('A1001', 3, '2019-07-01', 6, 'ENHANCED,ENHANCED,ENHANCED,ENHANCED,ENHANCED,ENHANCED', 'ONE_PERCENT', 'PROSPECTIVE'),
    ('A1001', 4, '2025-01-01', 5, 'ENHANCED,ENHANCED,ENHANCED,ENHANCED,ENHANCED', 'ONE_PERCENT', 'PROSPECTIVE'),
    ('A1001', 5, '2030-01-01', 5, 'ENHANCED,ENHANCED,ENHANCED,ENHANCED,ENHANCED', 'ONE_PERCENT', 'PROSPECTIVE'),
    ('A1026', 3, '2019-07-01', 6, 'BASIC_C,BASIC_C,BASIC_D,BASIC_E,BASIC_E,BASIC_E', 'ZERO', 'PRELIMINARY_PROSPECTIVE'),
    ('A1026', 4, '2025-01-01', 5, 'BASIC_D,BASIC_E,BASIC_E,BASIC_E,BASIC_E', 'ZERO', 'PRELIMINARY_PROSPECTIVE'),
    ('A1247', 3, '2019-07-01', 6, 'BASIC_B,BASIC_B,BASIC_B,BASIC_B,BASIC_B,BASIC_B', null, 'PROSPECTIVE'),
    ('A1247', 4, '2026-01-01', 5, 'BASIC_A,BASIC_B,BASIC_C,BASIC_D,BASIC_E', null, 'PROSPECTIVE'),
    ('A2490', 3, '2022-01-01', 5, 'BASIC_B,BASIC_C,BASIC_D,BASIC_E,BASIC_E', 'VARIABLE', 'PROSPECTIVE'),
    ('A2490', 4, '2025-01-01', 5, 'BASIC_A,BASIC_B,BASIC_C,BASIC_D,BASIC_E', null, 'PROSPECTIVE'),
    ('A2660', 3, '2022-01-01', 5, 'BASIC_C,BASIC_D,BASIC_E,BASIC_E,BASIC_E', 'TWO_PERCENT', 'PRELIMINARY_PROSPECTIVE'),
    ('A2660', 4, '2027-01-01', 5, 'ENHANCED,ENHANCED,ENHANCED,ENHANCED,ENHANCED', 'TWO_PERCENT', 'PRELIMINARY_PROSPECTIVE'),
    ('A4678', 1, '2019-07-01', 6, 'BASIC_A,BASIC_A,BASIC_A,BASIC_A,BASIC_A,BASIC_A', null, 'PROSPECTIVE'),
    ('A4678', 2, '2026-01-01', 5, 'BASIC_A,BASIC_B,BASIC_C,BASIC_D,BASIC_E', null, 'PROSPECTIVE')
) as v(aco_id, num, start_date, years, levels, msr_mlr, assignment)
where exists (select 1 from aco a where a.aco_id = v.aco_id)
  and not exists (select 1 from agreement g where g.aco_id = v.aco_id and g.agreement_number = v.num);

insert into aco_contact (id, aco_pk, contact_role, full_name, title, email, phone)
select nextval('aco_contact_seq'), a.id, v.contact_role, v.full_name, v.title, v.email, v.phone
from (values
    ('A1001', 'EXECUTIVE', 'Ana Diaz', 'Chief Executive Officer', 'ana.diaz@palmbeach-aco.example.org', '561-555-0101'),
    ('A1001', 'PRIMARY_CONTACT', 'Sam Ortiz', 'Program Manager', 'sam.ortiz@palmbeach-aco.example.org', '561-555-0102'),
    ('A1001', 'COMPLIANCE_OFFICIAL', 'Lee Park', 'Compliance Officer', 'lee.park@palmbeach-aco.example.org', '561-555-0103'),
    ('A1001', 'MEDICAL_DIRECTOR', 'Dr. Maya Shah', 'Medical Director', 'maya.shah@palmbeach-aco.example.org', '561-555-0104'),
    ('A1026', 'EXECUTIVE', 'Robert Klein', 'President', 'r.klein@atlantic-aco.example.org', '973-555-0201'),
    ('A1026', 'PRIMARY_CONTACT', 'Nina Rossi', 'Operations Director', 'n.rossi@atlantic-aco.example.org', '973-555-0202'),
    ('A1247', 'EXECUTIVE', 'Grace Liu', 'Executive Director', 'grace.liu@rwjbh-aco.example.org', '732-555-0301'),
    ('A1247', 'PRIMARY_CONTACT', 'Omar Haddad', 'ACO Manager', 'omar.haddad@rwjbh-aco.example.org', '732-555-0302'),
    ('A2490', 'EXECUTIVE', 'Daniel Kim', 'CEO', 'daniel.kim@cmg-aco.example.org', '213-555-0401'),
    ('A2660', 'EXECUTIVE', 'Tara Brooks', 'Administrator', 'tara.brooks@ims-jackson.example.org', '601-555-0501'),
    ('A4678', 'EXECUTIVE', 'Luis Garza', 'Executive Director', 'luis.garza@uthealth-sa.example.org', '210-555-0601')
) as v(aco_id, contact_role, full_name, title, email, phone)
join aco a on a.aco_id = v.aco_id
where not exists (select 1 from aco_contact c where c.aco_pk = a.id and c.contact_role = v.contact_role);
