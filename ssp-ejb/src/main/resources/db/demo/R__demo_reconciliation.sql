-- Financial inputs of the six demo ACOs for PY2023: their rows of CMS's public PY2023 per-ACO
-- results file (/work/shared/domain/puf/PY2023_ACO_results.csv), so that a demo reconciliation
-- reproduces what CMS paid. Idempotent: inputs already present (perhaps corrected) are left alone.

insert into financial_input (id, aco_id, performance_year, track, agreement_start, agreement_period,
    assigned_beneficiaries, total_benchmark, total_expenditures, fixed_msr, cms_set_msr, met_quality_standard,
    met_alternative_standard, quality_score, participant_revenue, low_revenue, euc_reduction, source)
select nextval('financial_input_seq'), v.aco_id, 2023, v.track, cast(v.start_date as date), v.period,
    v.beneficiaries, v.benchmark, v.expenditures, cast(v.fixed_msr as numeric(6, 4)), cast(null as numeric(12, 10)), v.met_qps, v.met_alt, v.quality, cast(null as numeric(17, 2)),
    v.low_revenue, cast(v.euc as numeric(17, 2)), 'PY2023_ACO_results.csv (CMS public file)'
from (values
    ('A1001', 'ENHANCED', '2019-07-01', 3, 78364, 1098668352, 998768668, 0.02, true, false, 0.8991, true, null),
    ('A1026', 'BASIC_E', '2019-07-01', 3, 41654, 562377394, 528558686, null, true, false, 0.7310, false, null),
    ('A1247', 'BASIC_B', '2019-07-01', 3, 40659, 546572633, 518684386, null, true, false, 0.7779, true, null),
    ('A2490', 'BASIC_C', '2022-01-01', 3, 10169, 137627517, 132601190, 0.02, true, false, 0.8194, true, null),
    ('A2660', 'BASIC_D', '2022-01-01', 3, 9122, 98044291, 92609311, 0.02, true, false, 0.8540, true, null),
    ('A4678', 'BASIC_A', '2019-07-01', 1, 11963, 140823487, 131954846, null, true, false, 0.7910, false, null)
) as v(aco_id, track, start_date, period, beneficiaries, benchmark, expenditures, fixed_msr, met_qps, met_alt, quality,
       low_revenue, euc)
where not exists (select 1 from financial_input f where f.aco_id = v.aco_id and f.performance_year = 2023);
