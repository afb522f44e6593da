package gov.cms.ssp.participant;

import java.util.Locale;

/**
 * Other CMS initiatives a TIN may take part in. In a PY a TIN may be in only one Medicare
 * shared-savings initiative; the non-shared-savings models do not conflict (rules section 6).
 */
public enum OtherInitiative {
    ACO_REACH("ACO REACH", true),
    KIDNEY_CARE_CHOICES("Kidney Care Choices", true),
    VERMONT_ALL_PAYER_ACO("Vermont All-Payer ACO", true),
    INDEPENDENCE_AT_HOME("Independence at Home", true),
    BPCI_ADVANCED("BPCI Advanced", false),
    CPC_PLUS("Comprehensive Primary Care Plus", false),
    CJR("Comprehensive Care for Joint Replacement", false),
    ETC("ESRD Treatment Choices", false),
    EOM("Enhancing Oncology Model", false),
    FINANCIAL_ALIGNMENT("Financial Alignment Initiative", false);

    private final String label;
    private final boolean sharedSavings;

    OtherInitiative(String label, boolean sharedSavings) {
        this.label = label;
        this.sharedSavings = sharedSavings;
    }

    public String label() {
        return label;
    }

    /** A TIN in this initiative may not also be on a Shared Savings Program list for the same PY. */
    public boolean conflictsWithSharedSavings() {
        return sharedSavings;
    }

    /** Accepts the code (ACO_REACH) or the label (ACO REACH), any case. */
    public static OtherInitiative parse(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        for (OtherInitiative i : values()) {
            if (i.name().equalsIgnoreCase(v.replace(' ', '_').replace('-', '_')) || i.label.equalsIgnoreCase(v)) {
                return i;
            }
        }
        return null;
    }

    public static String codes() {
        StringBuilder b = new StringBuilder();
        for (OtherInitiative i : values()) {
            b.append(b.isEmpty() ? "" : ", ").append(i.name().toUpperCase(Locale.ROOT));
        }
        return b.toString();
    }
}
