package gov.cms.ssp.lookup;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the lists in force say about one NPI: its listings (none when no list has it) and, for each
 * ACO listing it, the PYs that ACO signed (answered from its signed list, not the live one).
 */
public record NpiListings(List<ListedParticipation> listings, Map<String, Set<Integer>> signedPysByAco) {
    public static final NpiListings NONE = new NpiListings(List.of(), Map.of());

    /** Whether a change to one of these ACOs, or to one of these ACO/TIN pairs ("A1001/900100101"), concerns it. */
    boolean involves(Set<String> acos, Set<String> acoTins) {
        for (ListedParticipation l : listings) {
            if (acos.contains(l.acoId()) || acoTins.contains(l.acoId() + "/" + l.tin())) {
                return true;
            }
        }
        return false;
    }
}
