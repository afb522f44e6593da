package gov.cms.ssp.assignment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;

/** Spec F.1–F.4 for one beneficiary and calendar year: eligible months and expenditures E(b,t) by enrollment type. */
final class BeneficiaryExpenditure {

    private static final EnrollmentType[] TYPES = EnrollmentType.values();

    final int[] months = new int[TYPES.length];
    final BigDecimal[] raw = new BigDecimal[TYPES.length];

    BeneficiaryExpenditure() {
        Arrays.fill(raw, BigDecimal.ZERO);
    }

    int months(EnrollmentType type) {
        return months[type.ordinal()];
    }

    BigDecimal raw(EnrollmentType type) {
        return raw[type.ordinal()];
    }

    /** Computes months and amounts of calendar year Y (eligible months, types, run-out, exclusions, COVID episodes). */
    static BeneficiaryExpenditure of(Beneficiary bene, int year, ReferenceData reference) {
        return of(bene, year, 12, reference);
    }

    /**
     * The same for the first {@code monthsCounted} months of Y (a quarterly report's year to date): later
     * months and claims are not counted, and the run-out is three months after the last month counted.
     */
    static BeneficiaryExpenditure of(Beneficiary bene, int year, int monthsCounted, ReferenceData reference) {
        BeneficiaryExpenditure result = new BeneficiaryExpenditure();
        EnrollmentType[] typeOfMonth = new EnrollmentType[12];
        int january = Months.of(year, 1);
        int deathMonth = bene.hasDied() ? Days.monthOf(bene.deathDate) : Integer.MAX_VALUE;
        for (EnrollmentMonth month : bene.months) {
            int index = month.month - january;
            // F.1: A and B, not MA, and not after the month of death (which counts in full)
            if (index >= 0 && index < monthsCounted && month.hasPartsAandB() && !month.maGhp && month.month <= deathMonth) {
                EnrollmentType type = typeOf(bene, month, reference);
                typeOfMonth[index] = type;
                result.months[type.ordinal()]++;
            }
        }
        boolean[] episode = covidEpisodeMonths(bene, january);
        int runOut = Days.endOfThirdMonthAfter(Months.firstDay(january + monthsCounted) - 1);
        for (ClaimLine line : bene.lines) {
            if (Days.yearOf(line.thru) != year || Days.monthOf(line.thru) - january >= monthsCounted || line.processed > runOut) {
                continue;
            }
            int index = Days.monthOf(line.thru) - january;
            EnrollmentType type = typeOfMonth[index];
            if (type != null && !episode[index]) {
                result.raw[type.ordinal()] = result.raw[type.ordinal()].add(line.expenditure);
            }
        }
        return result;
    }

    /** F.2: ESRD, else disabled, else aged dual, else aged non-dual. */
    static EnrollmentType typeOf(Beneficiary bene, EnrollmentMonth month, ReferenceData reference) {
        if (month.esrd) {
            return EnrollmentType.ESRD;
        }
        if (bene.isDisabled(month)) {
            return EnrollmentType.DIS;
        }
        return reference.isDual(month.dualStatus) ? EnrollmentType.AGDU : EnrollmentType.AGND;
    }

    /**
     * F.4 (425.611): the months of year Y inside a COVID-19 episode: for each triggering inpatient stay
     * admitted within the PHE, its admission month through the month after its discharge month.
     * Triggers count whatever their processed date (spec J).
     */
    private static boolean[] covidEpisodeMonths(Beneficiary bene, int january) {
        boolean[] episode = new boolean[12];
        for (ClaimLine line : bene.lines) {
            if (line.type != ClaimType.INPATIENT || !line.covidTrigger) {
                continue;
            }
            int admission = line.admission != Days.NONE ? line.admission : line.from;
            if (!PublicHealthEmergency.contains(admission)) {
                continue;
            }
            int last = Days.monthOf(line.thru) + 1;
            for (int month = Days.monthOf(admission); month <= last; month++) {
                int index = month - january;
                if (index >= 0 && index < 12) {
                    episode[index] = true;
                }
            }
        }
        return episode;
    }

    void writeTo(DataOutput out) throws IOException {
        for (int i = 0; i < TYPES.length; i++) {
            out.writeByte(months[i]);
            BinaryIo.writeDecimal(out, raw[i]);
        }
    }

    /** Reads what {@link #writeTo} wrote (the assigned beneficiaries' temp file is streamed, not read whole). */
    static BeneficiaryExpenditure readFrom(DataInput in) throws IOException {
        BeneficiaryExpenditure result = new BeneficiaryExpenditure();
        for (int i = 0; i < TYPES.length; i++) {
            result.months[i] = in.readByte();
            result.raw[i] = BinaryIo.readDecimal(in);
        }
        return result;
    }
}
