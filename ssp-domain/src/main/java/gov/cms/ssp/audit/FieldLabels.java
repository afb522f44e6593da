package gov.cms.ssp.audit;

import java.util.Map;
import java.util.Set;

/**
 * English labels for the fields of audited records ("terminationDate" → "Termination date"), and
 * the bookkeeping fields that are no change a person made (version counters, last-changed stamps).
 */
public final class FieldLabels {
    /** Words kept as people write them. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("aco", "ACO"), Map.entry("tin", "TIN"), Map.entry("npi", "NPI"), Map.entry("ccn", "CCN"),
            Map.entry("py", "PY"), Map.entry("msr", "MSR"), Map.entry("mlr", "MLR"), Map.entry("rfi", "RFI"),
            Map.entry("rfi1", "RFI 1"), Map.entry("rfi2", "RFI 2"), Map.entry("noia", "NOIA"), Map.entry("id", "ID"),
            Map.entry("eft", "EFT"), Map.entry("snf", "SNF"), Map.entry("euc", "EUC"), Map.entry("url", "URL"),
            Map.entry("dba", "DBA"));
    /** Whole names that read better said another way. */
    private static final Map<String, String> NAMES = Map.of(
            "py", "Performance year",
            "acoId", "ACO ID",
            "doingBusinessAs", "Doing business as",
            "name", "Name");
    private static final Set<String> BOOKKEEPING = Set.of(
            "version", "lastChangedAt", "lastChangedBy", "updatedAt", "modifiedAt");

    private FieldLabels() {
    }

    public static boolean isBookkeeping(String property) {
        return BOOKKEEPING.contains(property);
    }

    public static String label(String property) {
        if (NAMES.containsKey(property)) {
            return NAMES.get(property);
        }
        String[] words = property.replaceAll("([a-z0-9])([A-Z])", "$1 $2").split(" ");
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String known = WORDS.get(w.toLowerCase());
            String word = known != null ? known : (i == 0 ? capitalise(w) : w.toLowerCase());
            label.append(i == 0 ? "" : " ").append(word);
        }
        return label.toString();
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
