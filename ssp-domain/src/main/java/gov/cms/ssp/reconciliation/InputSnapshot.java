package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's input as a result keeps it: one {@code name=value} a line, so that a released result
 * can be exported with exactly the inputs it was computed from, whatever happened to the financial
 * inputs since.
 */
public final class InputSnapshot {
    private InputSnapshot() {
    }

    public static String write(ReconciliationInput in) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("performanceYear", in.performanceYear());
        v.put("track", in.track().name());
        v.put("agreementStart", in.agreementStart());
        v.put("agreementPeriodNumber", in.agreementPeriodNumber());
        v.put("assignedBeneficiaries", in.assignedBeneficiaries());
        v.put("totalBenchmark", in.totalBenchmark().toPlainString());
        v.put("totalExpenditures", in.totalExpenditures().toPlainString());
        v.put("fixedMinimumSavingsRate", in.minimumSavingsRateChoice().variable() ? null
                : in.minimumSavingsRateChoice().fixedRate().toPlainString());
        v.put("cmsSetMinimumSavingsRate", plain(in.cmsSetMinimumSavingsRate()));
        v.put("metQualityStandard", in.quality().metQualityStandard());
        v.put("metAlternativeStandard", in.quality().metAlternativeStandard());
        v.put("qualityScore", plain(in.quality().qualityScore()));
        v.put("participantRevenue", plain(in.participantRevenue()));
        v.put("lossLimitBasis", in.lossLimitBasis() == null ? null : in.lossLimitBasis().name());
        v.put("lowRevenue", in.lowRevenue());
        if (in.euc() instanceof EucAdjustment.DeterminedReduction d) {
            v.put("eucReduction", d.amount().toPlainString());
        } else if (in.euc() instanceof EucAdjustment.AffectedShare a) {
            v.put("eucMonthsShare", a.monthsShare().toPlainString());
            v.put("eucBeneficiariesShare", a.beneficiariesShare().toPlainString());
        }
        v.put("performancePeriod", in.performancePeriod().name());
        v.put("guardrail", in.guardrail());
        v.put("midYearTermination", in.midYearTermination());
        v.put("monthsBeforeTermination", in.monthsBeforeTermination());
        v.put("advancePaymentRecoupment", in.advancePaymentRecoupment().toPlainString());
        StringBuilder out = new StringBuilder();
        v.forEach((name, value) -> {
            if (value != null) {
                out.append(name).append('=').append(value).append('\n');
            }
        });
        return out.toString();
    }

    public static ReconciliationInput read(String snapshot) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String line : snapshot.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                v.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        EucAdjustment euc = EucAdjustment.none();
        if (v.containsKey("eucReduction")) {
            euc = EucAdjustment.determinedReduction(new BigDecimal(v.get("eucReduction")));
        } else if (v.containsKey("eucMonthsShare")) {
            euc = EucAdjustment.affected(new BigDecimal(v.get("eucMonthsShare")), new BigDecimal(v.get("eucBeneficiariesShare")));
        }
        return ReconciliationInput.builder()
                .performanceYear(Integer.parseInt(v.get("performanceYear")))
                .track(Track.valueOf(v.get("track")))
                .agreementStart(LocalDate.parse(v.get("agreementStart")))
                .agreementPeriodNumber(Integer.parseInt(v.get("agreementPeriodNumber")))
                .assignedBeneficiaries(Integer.parseInt(v.get("assignedBeneficiaries")))
                .totalBenchmark(new BigDecimal(v.get("totalBenchmark")))
                .totalExpenditures(new BigDecimal(v.get("totalExpenditures")))
                .minimumSavingsRateChoice(v.containsKey("fixedMinimumSavingsRate")
                        ? MinimumSavingsRateChoice.fixed(new BigDecimal(v.get("fixedMinimumSavingsRate")))
                        : MinimumSavingsRateChoice.variableRate())
                .cmsSetMinimumSavingsRate(decimal(v.get("cmsSetMinimumSavingsRate")))
                .quality(new QualityOutcome(Boolean.parseBoolean(v.get("metQualityStandard")),
                        Boolean.parseBoolean(v.get("metAlternativeStandard")), decimal(v.get("qualityScore"))))
                .participantRevenue(decimal(v.get("participantRevenue")))
                .lossLimitBasis(v.containsKey("lossLimitBasis") ? LossLimitBasis.valueOf(v.get("lossLimitBasis")) : null)
                .lowRevenue(Boolean.parseBoolean(v.get("lowRevenue")))
                .euc(euc)
                .performancePeriod(PerformancePeriod.valueOf(v.getOrDefault("performancePeriod", PerformancePeriod.FULL_YEAR.name())))
                .guardrail(Boolean.parseBoolean(v.get("guardrail")))
                .midYearTermination(Boolean.parseBoolean(v.get("midYearTermination")))
                .monthsBeforeTermination(v.containsKey("monthsBeforeTermination")
                        ? Integer.valueOf(v.get("monthsBeforeTermination")) : null)
                .advancePaymentRecoupment(decimal(v.get("advancePaymentRecoupment")))
                .build();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
