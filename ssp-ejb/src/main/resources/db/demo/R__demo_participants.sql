-- Demo participant lists (invented TINs 9001002xx, NPIs 10000010xx with valid check digits):
-- lists in force since 2025 for A1001 and A1026, the PY2027 change-request window, and a few TINs
-- in other initiatives. Idempotent: rows already present are left alone.

insert into change_request_window (py, opens_on, closes_on)
select 2027, date '2026-06-01', date '2026-12-31'
where not exists (select 1 from change_request_window where py = 2027);

insert into participant_tin (id, aco_id, tin, legal_name, primary_care, effective_date)
select nextval('participant_tin_seq'), v.aco_id, v.tin, v.legal_name, v.primary_care, date '2025-01-01'
from (values
    ('A1001', '900100101', 'Palm Beach Family Medicine LLC', true),
    ('A1001', '900100102', 'Jupiter Internal Medicine PA', true),
    ('A1001', '900100103', 'Boca Cardiology Associates', false),
    ('A1026', '900100201', 'Newark Primary Care Group', true),
    ('A1026', '900100202', 'Hudson Valley Pediatrics', true),
    -- a specialist TIN in two ACOs: allowed while it does not bill primary care used in assignment
    ('A1026', '900100103', 'Boca Cardiology Associates', false)
) as v(aco_id, tin, legal_name, primary_care)
where not exists (select 1 from participant_tin p where p.aco_id = v.aco_id and p.tin = v.tin);

insert into provider_supplier (id, aco_id, npi, full_name, specialty, tin, effective_date)
select nextval('provider_supplier_seq'), v.aco_id, v.npi, v.full_name, v.specialty, v.tin, date '2025-01-01'
from (values
    ('A1001', '1234567893', 'Dr. Maya Shah', 'Family Medicine', '900100101'),
    ('A1001', '1000001002', 'Dr. Carlos Mendez', 'Internal Medicine', '900100102'),
    ('A1001', '1000001010', 'Dr. Helen Brooks', 'Cardiology', '900100103'),
    ('A1026', '1000001028', 'Dr. Aaron Weiss', 'Family Medicine', '900100201'),
    ('A1026', '1000001036', 'Dr. Priya Natarajan', 'Pediatrics', '900100202')
) as v(aco_id, npi, full_name, specialty, tin)
where not exists (select 1 from provider_supplier p where p.aco_id = v.aco_id and p.npi = v.npi and p.tin = v.tin);

insert into other_initiative_tin (tin, initiative, py)
select v.tin, v.initiative, v.py
from (values
    ('900100901', 'ACO_REACH', 2027),
    ('900100902', 'KIDNEY_CARE_CHOICES', 2027),
    ('900100903', 'BPCI_ADVANCED', 2027)
) as v(tin, initiative, py)
where not exists (select 1 from other_initiative_tin o where o.tin = v.tin and o.initiative = v.initiative and o.py = v.py);
