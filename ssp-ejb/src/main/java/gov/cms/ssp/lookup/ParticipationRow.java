package gov.cms.ssp.lookup;

import gov.cms.ssp.agreement.Track;
import java.time.LocalDate;

/**
 * One NPI's participation through one TIN of one ACO in one performance year, ready to show; {@code mipsScore}
 * is the ACO's MIPS final score and category scores for the PY once CMS has released them, else null (and
 * absent from the API's JSON).
 */
public record ParticipationRow(int performanceYear, String acoId, String acoName, String tin, String participantName,
                               Track track, String trackLabel, String classification, LocalDate effective,
                               LocalDate end, ParticipationStatus status, String statusLabel, MipsScore mipsScore) {
    /** {@code level}: the ACO's track or level in force in that PY (null when no agreement covers it). */
    static ParticipationRow of(ListedParticipation.YearlyParticipation y, Track level, MipsScore mips) {
        ListedParticipation l = y.listing();
        ApmClassification c = level == null ? null : ApmClassification.of(level);
        return new ParticipationRow(y.performanceYear(), l.acoId(), l.acoName(), l.tin(), l.participantName(),
                level, level == null ? "—" : level.label(), c == null ? "—" : c.label(), l.effective(),
                l.termination(), y.status(), y.status().label(), mips);
    }
}
