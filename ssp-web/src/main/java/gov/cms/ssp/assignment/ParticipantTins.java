package gov.cms.ssp.assignment;

import gov.cms.ssp.participant.ChangeAction;
import gov.cms.ssp.participant.Disposition;
import gov.cms.ssp.participant.ListEntryView;
import gov.cms.ssp.participant.ListKind;
import gov.cms.ssp.participant.ParticipantListService;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ACO's participant TINs of a PY as the estimates see them — the list in force and the additions it
 * requested that CMS has not denied — so that the participant list and the application show the same
 * TINs with the same estimates ({@link AssignmentReportService#estimates(AcoId, java.util.Collection)}).
 */
public final class ParticipantTins {
    private static final int PAGE = 500;

    /** One participant TIN; {@code requested}: an addition not yet accepted. */
    public record Tin(String tin, String name, boolean requested) {
    }

    private ParticipantTins() {
    }

    public static List<Tin> of(ParticipantListService lists, AcoId aco, int py) {
        Map<String, Tin> byTin = new LinkedHashMap<>();
        for (int first = 0; ; first += PAGE) {
            Page<ListEntryView> page = lists.inForce(aco, py, ListKind.PARTICIPANT, new PageRequest(first, PAGE, null, true, Map.of()));
            page.rows().forEach(e -> byTin.putIfAbsent(e.tin(), new Tin(e.tin(), e.name(), false)));
            if (page.rows().isEmpty() || first + PAGE >= page.total()) {
                break;
            }
        }
        lists.changes(aco, py, new PageRequest(0, PAGE, null, true, Map.of())).rows().stream()
                .filter(c -> c.kind() == ListKind.PARTICIPANT && c.action() == ChangeAction.ADD && c.disposition() != Disposition.DENIED)
                .forEach(c -> byTin.putIfAbsent(c.tin(), new Tin(c.tin(), c.name(), true)));
        return List.copyOf(byTin.values());
    }
}
