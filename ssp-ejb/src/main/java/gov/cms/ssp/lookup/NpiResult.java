package gov.cms.ssp.lookup;

import java.util.List;

/**
 * The answer for one NPI of a lookup: invalid (with the reason), in no ACO (no rows), or its
 * participation per PY.
 */
public record NpiResult(String npi, boolean valid, String problem, List<ParticipationRow> participations) {
    public boolean participates() {
        return !participations.isEmpty();
    }
}
