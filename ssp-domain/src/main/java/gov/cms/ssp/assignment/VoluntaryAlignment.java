package gov.cms.ssp.assignment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The voluntary-alignment pre-step of spec E.5.1 (425.402(e)). */
final class VoluntaryAlignment {

    private VoluntaryAlignment() {
    }

    /**
     * The designation in force: the latest dated on or before the cut-off (same date: the later row of
     * the file); null when there is none or the latest is a revocation.
     */
    static Designation designationInForce(Beneficiary bene, int cutoff) {
        Designation latest = null;
        for (Designation designation : bene.designations) {
            if (designation.date() > cutoff) {
                continue;
            }
            if (latest == null || designation.date() > latest.date()
                    || designation.date() == latest.date() && designation.sourceLine() > latest.sourceLine()) {
                latest = designation;
            }
        }
        return latest == null || latest.isRevocation() ? null : latest;
    }

    /**
     * The ACO a designation maps to, or null (a clinician outside every ACO, an NPI/TIN pair on no list):
     * ACO professionals with that NPI (and TIN when given) whose TIN sits in exactly one ACO; several ACOs
     * → the most allowed primary care charges with that NPI in the prospective W24, then the most recent
     * such service, then the lowest aco_id.
     */
    static String acoOf(Designation designation, ProgramLists lists, List<PcLine> prospectiveW24) {
        Map<String, Tally> candidates = new TreeMap<>();
        for (ProgramLists.Professional professional : lists.professionalsOfNpi(designation.npi())) {
            if ((designation.tin() == null || designation.tin().equals(professional.tin()))
                    && lists.acosOfTin(professional.tin()).size() == 1) {
                candidates.putIfAbsent(professional.acoId(), new Tally());
            }
        }
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.keySet().iterator().next();
        }
        for (PcLine pc : prospectiveW24) {
            Tally tally = pc.entity().isAco() ? candidates.get(pc.entity().acoId()) : null;
            if (tally != null && designation.npi().equals(pc.line().renderingNpi)) {
                tally.sum = tally.sum.add(pc.line().allowed);
                tally.latest = Math.max(tally.latest, pc.line().from);
            }
        }
        String best = null;
        Tally bestTally = null;
        for (Map.Entry<String, Tally> entry : candidates.entrySet()) { // aco_id order: the first keeps a tie
            Tally tally = entry.getValue();
            if (bestTally == null || tally.sum.compareTo(bestTally.sum) > 0
                    || tally.sum.compareTo(bestTally.sum) == 0 && tally.latest > bestTally.latest) {
                best = entry.getKey();
                bestTally = tally;
            }
        }
        return best;
    }

    private static final class Tally {
        BigDecimal sum = BigDecimal.ZERO;
        int latest = Integer.MIN_VALUE;
    }
}
