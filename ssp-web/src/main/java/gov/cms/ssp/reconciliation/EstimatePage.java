package gov.cms.ssp.reconciliation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The what-if estimator page: the ACO's figures in, the outcome under BASIC A–E and ENHANCED side by
 * side, each with its explanation. Percentages are typed as percent and sent as fractions.
 */
@Named
@ViewScoped
public class EstimatePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private EstimateService estimates;

    private Integer performanceYear = 2025;
    private final EstimateForm form = new EstimateForm();
    private List<ReconciledFigures> results = List.of();

    public void estimate() {
        results = estimates.estimate(form.toRequest(performanceYear));
    }

    public List<QualityStandard> getQualityStandards() {
        return List.of(QualityStandard.values());
    }

    public List<Integer> getPerformanceYears() {
        return EstimateRequest.supportedYears();
    }

    public List<ReconciledFigures> getResults() { return results; }
    public Integer getPerformanceYear() { return performanceYear; }
    public void setPerformanceYear(Integer v) { performanceYear = v; }
    public EstimateForm getForm() { return form; }
}
