package gov.cms.ssp.certification;

/**
 * The parts of the annual certification package the ACO executive attests to one by one
 * (rules sections 6 and 7). The repayment mechanism is a part only for two-sided ACOs.
 */
public enum CertificationItem {
    PARTICIPANT_LIST("Participant list"),
    PROVIDER_SUPPLIER_LIST("Provider/supplier list"),
    SNF_AFFILIATES("SNF affiliate list"),
    COMPLIANCE_AND_DATA("Compliance and data certification"),
    CONTACTS("ACO contacts and public reporting web page"),
    EFT_AUTHORIZATION("EFT authorization"),
    REPAYMENT_MECHANISM("Repayment mechanism");

    private final String label;

    CertificationItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
