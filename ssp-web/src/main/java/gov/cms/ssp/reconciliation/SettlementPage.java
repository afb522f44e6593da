package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.web.TableExport;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * An ACO's settlement reports: the released results of its own ACO(s), explained step by step, with
 * the chart, as PDF and CSV. The service decides what the caller may see.
 */
@Named
@ViewScoped
public class SettlementPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ReconciliationRunService runs;

    private List<Settlement> settlements;
    private Settlement selected;

    @PostConstruct
    void init() {
        settlements = runs.mySettlements();
        selected = settlements.isEmpty() ? null : settlements.get(0);
    }

    public void select(long runId, String acoId) {
        selected = runs.settlement(runId, AcoId.of(acoId));
    }

    public StreamedContent getPdf() {
        Settlement s = current();
        byte[] pdf = SettlementReport.pdf(s);
        return DefaultStreamedContent.builder().name(SettlementReport.fileName(s, "pdf")).contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public StreamedContent getCsv() {
        Settlement s = current();
        byte[] csv = SettlementReport.csv(s);
        return DefaultStreamedContent.builder().name(SettlementReport.fileName(s, "csv")).contentType("text/csv")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** Asked of the service again at download time: a report is only ever built from what the caller may see. */
    private Settlement current() {
        return runs.settlement(selected.runId(), AcoId.of(selected.acoId()));
    }

    public String getChart() {
        return selected == null ? null : SettlementCharts.benchmarkVersusExpenditures(selected.figures());
    }

    static final TableExport<Settlement> EXPORT = TableExport.of("settlements",
            TableExport.text("Performance year", s -> "PY" + s.figures().performanceYear()), TableExport.text("ACO ID", Settlement::acoId),
            TableExport.text("ACO", Settlement::acoName), TableExport.date("Released", Settlement::releasedOn),
            TableExport.text("Outcome", s -> s.figures().outcomeLabel()), TableExport.dollars("Net settlement", s -> s.figures().netAmount()));

    /** The released settlements listed, as CSV or Excel (each report has its own downloads). */
    public TableExport<Settlement>.Downloads getListExport() {
        return EXPORT.downloads(() -> settlements);
    }

    public List<Settlement> getSettlements() { return settlements; }
    public Settlement getSelected() { return selected; }
}
