-- Demo SNF affiliates of A1001 (ENHANCED, so it may use the SNF 3-day rule waiver). Invented CCNs
-- in the SNF range and TINs 9001003xx. Idempotent: rows already present are left alone.

insert into snf_affiliate (id, aco_id, ccn, facility_name, tin, star_rating, effective_date)
select nextval('snf_affiliate_seq'), v.aco_id, v.ccn, v.facility_name, v.tin, v.star_rating, date '2025-01-01'
from (values
    ('A1001', '105123', 'Palm Beach Skilled Nursing Center', '900100301', 4),
    ('A1001', '105601', 'Jupiter Rehabilitation and Care', '900100302', 5)
) as v(aco_id, ccn, facility_name, tin, star_rating)
where not exists (select 1 from snf_affiliate s where s.aco_id = v.aco_id and s.ccn = v.ccn);
