-- Named after R__demo_program so that Flyway (repeatables run in name order) seeds the ACOs first.

-- Demo application cycle: agreements starting January 1 two years from now, windows open around the
-- day the database was created (so the demo can file notices, submit and review), and applications
-- in every state: A1001 draft, A1247 submitted, A1026 in RFI 1, A2490 denied, A4678 approved (with
-- its agreement on the BASIC glide path). Idempotent: rows already present are left alone.

insert into application_cycle (id, agreement_year, noia_opens, noia_closes, submission_opens, submission_closes,
                               rfi1_deadline, rfi2_deadline, final_disposition)
select nextval('application_cycle_seq'), cast(extract(year from current_date) as integer) + 2,
       cast(current_date - interval '60' day as date), cast(current_date + interval '30' day as date),
       cast(current_date - interval '30' day as date), cast(current_date + interval '30' day as date),
       cast(current_date + interval '60' day as date), cast(current_date + interval '90' day as date),
       cast(current_date + interval '120' day as date)
where not exists (select 1 from application_cycle c
                  where c.agreement_year = cast(extract(year from current_date) as integer) + 2);

insert into notice_of_intent (id, aco_id, cycle_pk, legal_name, tin, address, executive_name, executive_email,
                              primary_name, primary_email, submitted_by, submitted_at)
select nextval('notice_of_intent_seq'), a.aco_id, c.id, a.legal_name, a.tin, v.address, v.exec_name, v.exec_email,
       v.primary_name, v.primary_email, 'demo', current_timestamp
from (values
    ('A1001', '1 Clematis St, West Palm Beach, FL 33401', 'Ana Diaz', 'ana.diaz@palmbeach-aco.example.org', 'Sam Ortiz', 'sam.ortiz@palmbeach-aco.example.org'),
    ('A1026', '10 Park Pl, Morristown, NJ 07960', 'Robert Klein', 'r.klein@atlantic-aco.example.org', 'Nina Rossi', 'n.rossi@atlantic-aco.example.org'),
    ('A1247', '3 Main St, West Orange, NJ 07052', 'Grace Liu', 'grace.liu@rwjbh-aco.example.org', 'Omar Haddad', 'omar.haddad@rwjbh-aco.example.org'),
    ('A2490', '500 Wilshire Blvd, Los Angeles, CA 90017', 'Daniel Kim', 'daniel.kim@cmg-aco.example.org', 'Daniel Kim', 'daniel.kim@cmg-aco.example.org'),
    ('A4678', '7703 Floyd Curl Dr, San Antonio, TX 78229', 'Luis Garza', 'luis.garza@uthealth-sa.example.org', 'Luis Garza', 'luis.garza@uthealth-sa.example.org')
) as v(aco_id, address, exec_name, exec_email, primary_name, primary_email)
join aco a on a.aco_id = v.aco_id
join application_cycle c on c.agreement_year = cast(extract(year from current_date) as integer) + 2
where not exists (select 1 from notice_of_intent n where n.aco_id = v.aco_id and n.cycle_pk = c.id);

insert into application (id, aco_id, cycle_pk, status, rfi_round, rfi_deadline, submitted_on, reviewer, last_changed_by,
                         last_changed_at, decision_reason, legal_name, tin, address, agreement_start, track, msr_mlr,
                         assignment_method, snf_waiver, governing_body, compliance_official, medical_director,
                         repayment_type, repayment_issuer, repayment_amount, total_expenditures, participant_revenue,
                         eft_status, attest_accurate, attest_compliance)
select nextval('application_seq'), a.aco_id, c.id, v.status, v.rfi_round,
       case when v.rfi_round = 1 then c.rfi1_deadline end,
       case when v.status = 'DRAFT' then null else cast(current_date - interval '10' day as date) end,
       v.reviewer, coalesce(v.reviewer, 'demo'), current_timestamp, v.reason, a.legal_name, a.tin, n.address,
       cast(concat(cast(c.agreement_year as varchar(4)), '-01-01') as date), v.track, v.msr_mlr, v.assignment,
       v.snf, v.governing, v.compliance, v.medical, v.repayment_type, v.issuer,
       cast(v.amount as numeric(15, 2)), cast(v.expenditures as numeric(15, 2)), cast(v.revenue as numeric(15, 2)),
       v.eft, v.attest, v.attest
from (values
    ('A1001', 'DRAFT', 0, null, null, 'ENHANCED', null, null, false, null, null, null, null, null, null, null, null, 'NOT_STARTED', false),
    ('A1247', 'SUBMITTED', 0, null, null, 'BASIC_C', 'ONE_PERCENT', 'PROSPECTIVE', true, 'Grace Liu' || chr(10) || 'Omar Haddad' || chr(10) || 'Beneficiary representative: J. Smith', 'Omar Haddad', 'Dr. Ravi Patel', 'LETTER_OF_CREDIT', 'Garden State Bank', '600000', '240000000', '60000000', 'ON_FILE', true),
    ('A1026', 'IN_RFI', 1, 'cms.reviewer', null, 'BASIC_E', 'TWO_PERCENT', 'PRELIMINARY_PROSPECTIVE', false, 'Robert Klein' || chr(10) || 'Nina Rossi', 'Nina Rossi', 'Dr. Ellen Ford', 'ESCROW', 'Atlantic Savings', '350000', '70000000', '20000000', 'SUBMITTED', true),
    ('A2490', 'DENIED', 0, 'cms.reviewer', 'Fewer than 5,000 assigned beneficiaries in benchmark year 3 (425.110).', 'BASIC_D', 'ZERO', 'PROSPECTIVE', false, 'Daniel Kim', 'Daniel Kim', 'Dr. Amy Chen', 'SURETY_BOND', 'Pacific Surety', '200000', '40000000', '30000000', 'ON_FILE', true),
    ('A4678', 'APPROVED', 0, 'cms.reviewer', null, 'BASIC_A', null, 'PROSPECTIVE', false, 'Luis Garza' || chr(10) || 'Dr. Maria Lopez', 'Luis Garza', 'Dr. Maria Lopez', null, null, null, null, null, 'ON_FILE', true)
) as v(aco_id, status, rfi_round, reviewer, reason, track, msr_mlr, assignment, snf, governing, compliance, medical,
       repayment_type, issuer, amount, expenditures, revenue, eft, attest)
join aco a on a.aco_id = v.aco_id
join application_cycle c on c.agreement_year = cast(extract(year from current_date) as integer) + 2
join notice_of_intent n on n.aco_id = v.aco_id and n.cycle_pk = c.id
where not exists (select 1 from application x where x.aco_id = v.aco_id and x.cycle_pk = c.id);

insert into application_deficiency (id, application_pk, section, rfi_round, description, recorded_by, response)
select nextval('application_deficiency_seq'), x.id, 'REPAYMENT', 1,
       'The escrow agreement names the wrong beneficiary; CMS must be the beneficiary of the escrow account.',
       'cms.reviewer', null
from application x join application_cycle c on c.id = x.cycle_pk
where x.aco_id = 'A1026' and c.agreement_year = cast(extract(year from current_date) as integer) + 2
  and not exists (select 1 from application_deficiency d where d.application_pk = x.id);

insert into application_document (id, application_pk, kind, file_name, size_bytes, content)
select nextval('application_document_seq'), x.id, 'COMPLIANCE_PLAN', 'compliance-plan.pdf', 23,
       cast('%PDF-1.4 demo document ' as bytea)
from application x join application_cycle c on c.id = x.cycle_pk
where x.status <> 'DRAFT' and c.agreement_year = cast(extract(year from current_date) as integer) + 2
  and not exists (select 1 from application_document d where d.application_pk = x.id);

insert into application_event (id, application_pk, occurred_at, user_name, description)
select nextval('application_event_seq'), x.id, current_timestamp, coalesce(x.reviewer, 'demo'),
       case x.status when 'DRAFT' then 'Started the application.'
                     when 'SUBMITTED' then 'Submitted the application.'
                     when 'IN_RFI' then 'Sent RFI 1 with 1 deficiency.'
                     when 'DENIED' then concat('Denied the application: ', x.decision_reason)
                     else 'Approved the application.' end
from application x join application_cycle c on c.id = x.cycle_pk
where c.agreement_year = cast(extract(year from current_date) as integer) + 2
  and not exists (select 1 from application_event e where e.application_pk = x.id);

insert into agreement (id, aco_id, application_pk, agreement_number, start_date, years, levels, msr_mlr, assignment_method)
select nextval('agreement_seq'), x.aco_id, x.id,
       (select coalesce(max(g.agreement_number), 0) + 1 from agreement g where g.aco_id = x.aco_id),
       x.agreement_start, 5, 'BASIC_A,BASIC_B,BASIC_C,BASIC_D,BASIC_E', null, x.assignment_method
from application x join application_cycle c on c.id = x.cycle_pk
where x.aco_id = 'A4678' and x.status = 'APPROVED'
  and c.agreement_year = cast(extract(year from current_date) as integer) + 2
  and not exists (select 1 from agreement g where g.application_pk = x.id);
