package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** One ACO's result in a run for CMS staff: every step explained, and the chart. */
@Named
@ViewScoped
public class ReconciliationResultPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ReconciliationRunService runs;

    private Long run;
    private String aco;
    private Settlement settlement;

    /** f:viewAction: the run and ACO come from the URL. */
    public void load() {
        if (run == null || aco == null) {
            throw new NotFoundException("Open a result from a run's results table.");
        }
        settlement = runs.result(run, AcoId.of(aco));
    }

    public String getChart() {
        return settlement == null ? null : SettlementCharts.benchmarkVersusExpenditures(settlement.figures());
    }

    public Settlement getSettlement() { return settlement; }
    public Long getRun() { return run; }
    public void setRun(Long v) { run = v; }
    public String getAco() { return aco; }
    public void setAco(String v) { aco = v; }
}
