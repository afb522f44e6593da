package gov.cms.ssp.lookup;

import gov.cms.ssp.shared.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The public lookup page: paste up to 100 NPIs, see each one's participation, export it. */
@Named
@ViewScoped
public class ParticipationLookupPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ParticipationLookupService lookup;

    private String npis;
    private Integer year;
    private List<LookupLine> lines;

    /** One line of the results table (and of the CSV export). */
    public record LookupLine(String npi, String outcome, Integer performanceYear, String acoId, String acoName,
                             String tin, String participantName, String track, String classification,
                             LocalDate effective, LocalDate end, String status, boolean problem, MipsScore mips) {
    }

    public void search() {
        try {
            NpiBatch batch = NpiBatch.parse(npis);
            if (batch.isEmpty()) {
                Feedback.errorFor("lookup:npis", "Enter at least one NPI (ten digits), one per line or separated by commas.");
                lines = null;
                return;
            }
            lines = linesOf(lookup.lookup(batch, year));
        } catch (NpiBatch.TooManyNpisException e) {
            Feedback.error(e.getMessage());
            lines = null;
        }
    }

    static List<LookupLine> linesOf(List<NpiResult> results) {
        List<LookupLine> lines = new ArrayList<>();
        for (NpiResult r : results) {
            if (!r.valid()) {
                lines.add(new LookupLine(r.npi(), r.problem(), null, null, null, null, null, null, null, null, null,
                        null, true, null));
            } else if (!r.participates()) {
                lines.add(new LookupLine(r.npi(), "Not in any Shared Savings Program ACO", null, null, null, null, null,
                        null, null, null, null, null, false, null));
            } else {
                for (ParticipationRow p : r.participations()) {
                    lines.add(new LookupLine(r.npi(), "Participates", p.performanceYear(), p.acoId(), p.acoName(),
                            p.tin(), p.participantName(), p.trackLabel(), p.classification(), p.effective(), p.end(),
                            p.statusLabel(), false, p.mipsScore()));
                }
            }
        }
        return lines;
    }

    public List<Integer> getYears() {
        int now = Year.now().getValue();
        return IntStream.rangeClosed(ParticipationResource.FIRST_PY, now + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public String getNpis() {
        return npis;
    }

    public void setNpis(String npis) {
        this.npis = npis;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<LookupLine> getLines() {
        return lines;
    }
}
