-- Demo certification cycle for PY 2027 (named so that it runs after demo_program and
-- demo_participants: repeatable migrations run in the order of their names). The window opened a
-- month ago and its deadline passed two days ago, so the dashboard shows every status: A1026 signed,
-- A1001 in progress under an extension, the others overdue. Dates are relative to the day the demo
-- data is first loaded. Idempotent: rows already present are left alone.

insert into certification_cycle (py, version, opens_on, deadline, opened_by, opened_at)
select 2027, 0, cast(current_date - interval '30' day as date), cast(current_date - interval '2' day as date),
       'cms.admin', cast(current_date - interval '31' day as timestamp)
where not exists (select 1 from certification_cycle where py = 2027);

insert into aco_compliance (aco_id, version, public_url, governing_body, leadership, savings_use, eft_authorized,
                            repayment_type, repayment_amount)
select v.aco_id, 0, v.public_url, v.governing_body, v.leadership, v.savings_use, v.eft, v.repayment_type,
       cast(v.repayment_amount as numeric(15, 2))
from (values
    ('A1001', 'https://www.palmbeach-aco.example.org/public-reporting',
     'Board of nine: six participant representatives, one Medicare beneficiary representative, two community members.',
     'Ana Diaz, Chief Executive Officer; Dr. Maya Shah, Medical Director; Lee Park, Compliance Officer.',
     'Care coordinators for high-risk patients and a shared electronic health record.', true, 'ESCROW', '1200000'),
    ('A1026', 'https://www.atlantic-aco.example.org/public', 'Board of seven, chaired by a beneficiary representative.',
     'Robert Klein, President.', null, true, 'LETTER_OF_CREDIT', '550000'),
    ('A1247', null, null, null, null, true, null, null),
    ('A2490', 'https://www.cmg-aco.example.org/ssp', null, null, null, false, 'SURETY_BOND', '400000'),
    ('A2660', null, null, null, null, true, 'ESCROW', '300000'),
    ('A4678', 'https://www.uthealth-sa.example.org/aco', null, null, null, true, null, null)
) as v(aco_id, public_url, governing_body, leadership, savings_use, eft, repayment_type, repayment_amount)
where not exists (select 1 from aco_compliance c where c.aco_id = v.aco_id);

-- Figures CMS computes the repayment amount from (two-sided ACOs).
insert into repayment_basis (aco_id, py, assigned_expenditures, participant_revenue)
select v.aco_id, 2027, cast(v.expenditures as numeric(15, 2)), cast(v.revenue as numeric(15, 2))
from (values
    ('A1001', '480000000', '250000000'),
    ('A1026', '120000000', '70000000'),
    ('A2490', '90000000', '150000000'),
    ('A2660', '60000000', '40000000')
) as v(aco_id, expenditures, revenue)
where not exists (select 1 from repayment_basis b where b.aco_id = v.aco_id and b.py = 2027);

-- A1026 needs the contacts a package requires before it can have been signed.
insert into aco_contact (id, aco_pk, contact_role, full_name, title, email, phone)
select nextval('aco_contact_seq'), a.id, v.contact_role, v.full_name, v.title, v.email, v.phone
from (values
    ('A1026', 'COMPLIANCE_OFFICIAL', 'Irene Walsh', 'Compliance Officer', 'i.walsh@atlantic-aco.example.org', '973-555-0203'),
    ('A1026', 'MEDICAL_DIRECTOR', 'Dr. Aaron Weiss', 'Medical Director', 'a.weiss@atlantic-aco.example.org', '973-555-0204')
) as v(aco_id, contact_role, full_name, title, email, phone)
join aco a on a.aco_id = v.aco_id
where not exists (select 1 from aco_contact c where c.aco_pk = a.id and c.contact_role = v.contact_role);

-- A1001 opened its package and was given more time; A1026 signed within the window.
insert into certification (id, version, aco_id, py, started_by, started_at, extended_to, extension_reason, extended_by)
select nextval('certification_seq'), 0, 'A1001', 2027, 'aco.staff', cast(current_date - interval '20' day as timestamp),
       cast(current_date + interval '21' day as date), 'New ACO executive appointed during the window', 'cms.admin'
where not exists (select 1 from certification where aco_id = 'A1001' and py = 2027);

insert into certification (id, version, aco_id, py, started_by, started_at, signer_name, signer_title, signed_by, signed_at,
                           attested_items, repayment_amount)
select nextval('certification_seq'), 0, 'A1026', 2027, 'atlantic.staff', cast(current_date - interval '25' day as timestamp),
       'Robert Klein', 'President', 'robert.klein', cast(current_date - interval '10' day as timestamp),
       'PARTICIPANT_LIST,PROVIDER_SUPPLIER_LIST,SNF_AFFILIATES,COMPLIANCE_AND_DATA,CONTACTS,EFT_AUTHORIZATION,REPAYMENT_MECHANISM',
       600000
where not exists (select 1 from certification where aco_id = 'A1026' and py = 2027);

-- A1026's lists as signed.
insert into certified_entry (certification_id, list_kind, entry_id, tin, npi, entry_name, specialty, effective_date, termination_date)
select c.id, 'PARTICIPANT', p.id, p.tin, null, p.legal_name, null, p.effective_date, p.termination_date
from certification c join participant_tin p on p.aco_id = c.aco_id
where c.aco_id = 'A1026' and c.py = 2027 and p.effective_date <= date '2027-12-31'
  and (p.termination_date is null or p.termination_date >= date '2027-01-01')
  and not exists (select 1 from certified_entry e where e.certification_id = c.id);

insert into certified_entry (certification_id, list_kind, entry_id, tin, npi, entry_name, specialty, effective_date, termination_date)
select c.id, 'PROVIDER_SUPPLIER', s.id, s.tin, s.npi, s.full_name, s.specialty, s.effective_date, s.termination_date
from certification c join provider_supplier s on s.aco_id = c.aco_id
where c.aco_id = 'A1026' and c.py = 2027 and s.effective_date <= date '2027-12-31'
  and (s.termination_date is null or s.termination_date >= date '2027-01-01')
  and not exists (select 1 from certified_entry e where e.certification_id = c.id and e.list_kind = 'PROVIDER_SUPPLIER');

-- A mechanism on file names who issued it, and a package is certified on a compliance plan on file
-- (the certification page shows a part "Complete" only when its record is).
update aco_compliance set repayment_issuer = 'First National Bank of Palm Beach'
where aco_id = 'A1001' and repayment_type is not null and repayment_issuer is null;
update aco_compliance set repayment_issuer = 'Atlantic Savings Bank'
where aco_id = 'A1026' and repayment_type is not null and repayment_issuer is null;
update aco_compliance set repayment_issuer = 'Lone Star Surety Company'
where aco_id = 'A2490' and repayment_type is not null and repayment_issuer is null;
update aco_compliance set repayment_issuer = 'Gulf Coast Trust Bank'
where aco_id = 'A2660' and repayment_type is not null and repayment_issuer is null;

insert into compliance_plan (id, aco_id, version_no, file_name, size_bytes, content, uploaded_by, uploaded_at)
select nextval('compliance_plan_seq'), v.aco_id, 1, v.file_name, 32, cast('%PDF-1.4 demo compliance plan   ' as bytea),
       v.uploaded_by, cast(current_date - interval '40' day as timestamp)
from (values
    ('A1001', 'Palm Beach ACO compliance plan.pdf', 'aco.staff'),
    ('A1026', 'Atlantic ACO compliance plan.pdf', 'atlantic.staff')
) as v(aco_id, file_name, uploaded_by)
where not exists (select 1 from compliance_plan p where p.aco_id = v.aco_id);
