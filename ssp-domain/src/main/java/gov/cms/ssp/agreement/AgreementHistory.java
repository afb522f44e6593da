package gov.cms.ssp.agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An ACO's agreements over the years: which one is in force in a PY and its terms then. When an
 * ACO renews early (425.224) its new agreement starts while the old one would still run; from then
 * on the newer agreement is the one in force.
 */
public final class AgreementHistory {
    private static final AgreementHistory NONE = new AgreementHistory(List.of());

    private final List<Agreement> newestFirst;

    private AgreementHistory(List<Agreement> agreements) {
        this.newestFirst = agreements.stream().sorted(Comparator.comparing(Agreement::getStartDate).reversed()).toList();
    }

    public static AgreementHistory of(List<Agreement> agreements) {
        return new AgreementHistory(agreements);
    }

    public static AgreementHistory none() {
        return NONE;
    }

    public Optional<Agreement> agreementIn(int performanceYear) {
        return newestFirst.stream().filter(a -> a.covers(performanceYear)).findFirst();
    }

    /** The level in force in the PY, empty when no agreement of the ACO covers it. */
    public Optional<Track> levelIn(int performanceYear) {
        return agreementIn(performanceYear).map(a -> a.levelIn(performanceYear));
    }

    public Optional<AgreementTerms> termsIn(int performanceYear) {
        return agreementIn(performanceYear).map(a -> a.termsIn(performanceYear));
    }

    /** The ordinal the ACO's next agreement gets: one after the highest so far (1 for a new ACO). */
    public int nextAgreementNumber() {
        return newestFirst.stream().mapToInt(Agreement::getAgreementNumber).max().orElse(0) + 1;
    }

    public List<Agreement> agreements() {
        return newestFirst;
    }
}
