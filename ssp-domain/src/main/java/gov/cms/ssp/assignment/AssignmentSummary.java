package gov.cms.ssp.assignment;

/** The counts of a run, and the one line the command prints. */
public record AssignmentSummary(long beneficiaries, long assigned, int acos, long va, long step1, long step2, long step3) {

    public String line() {
        return "assigned " + assigned + " of " + beneficiaries + " beneficiaries to " + acos + " ACOs (VA " + va
                + ", step 1 " + step1 + ", step 2 " + step2 + ", step 3 " + step3 + ")";
    }
}
