package gov.cms.ssp.assignment;

import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.Page;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * An ACO's assignment reports: for one of the caller's ACOs and a PY, the head count, the counts per
 * participant TIN and step, the assigned beneficiaries page by page (each page recorded as a view of
 * PHI by the service) and the downloads.
 */
@Named
@ViewScoped
public class AcoAssignmentPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AcoService acos;
    @EJB
    private AssignmentReportService reports;

    private List<String> acoIds;
    private String acoId;
    private int performanceYear = Year.now().getValue() - 1;
    private AssignmentReport report;
    /** 0: the PY's final report; 1–4: a quarterly report */
    private int quarter;
    private QuarterlyReport quarterly;
    private String missing;
    private final LazyDataModel<AssignedBeneficiaryRow> beneficiaries = new Beneficiaries();
    private final LazyDataModel<QuarterlyBeneficiaryRow> quarterBeneficiaries = new QuarterBeneficiaries();

    @PostConstruct
    void init() {
        acoIds = acos.myAcos().stream().map(p -> p.summary().acoId()).toList();
        acoId = acoIds.isEmpty() ? null : acoIds.get(0);
        load();
    }

    public void load() {
        report = null;
        quarterly = null;
        missing = null;
        if (acoId == null) {
            return;
        }
        try {
            if (quarter == 0) {
                report = reports.report(AcoId.of(acoId), performanceYear);
            } else {
                quarterly = reports.quarterly(AcoId.of(acoId), performanceYear, quarter);
            }
        } catch (BusinessException e) {
            missing = e.getMessage();
        }
    }

    /** Pages of beneficiaries read from the service only when the table shows them (each read is recorded). */
    private final class Beneficiaries extends LazyDataModel<AssignedBeneficiaryRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return report == null ? 0 : report.assigned();
        }

        @Override
        public List<AssignedBeneficiaryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (report == null) {
                return List.of();
            }
            Page<AssignedBeneficiaryRow> page = reports.beneficiaries(AcoId.of(acoId), performanceYear, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(AssignedBeneficiaryRow row) {
            return null; // no identifier in the page's keys
        }
    }

    /** The quarter's beneficiaries and those dropped since the previous quarter, page by page (each read recorded). */
    private final class QuarterBeneficiaries extends LazyDataModel<QuarterlyBeneficiaryRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return quarterly == null ? 0 : quarterly.assigned() + quarterly.dropped();
        }

        @Override
        public List<QuarterlyBeneficiaryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (quarterly == null) {
                return List.of();
            }
            Page<QuarterlyBeneficiaryRow> page = reports.quarterBeneficiaries(AcoId.of(acoId), performanceYear, quarter, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(QuarterlyBeneficiaryRow row) {
            return null; // no identifier in the page's keys
        }
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter >= 0 && quarter <= 4 ? quarter : 0;
    }

    public QuarterlyReport getQuarterly() {
        return quarterly;
    }

    public LazyDataModel<QuarterlyBeneficiaryRow> getQuarterBeneficiaries() {
        return quarterBeneficiaries;
    }

    public List<String> getAcoIds() {
        return acoIds;
    }

    public String getAcoId() {
        return acoId;
    }

    public void setAcoId(String acoId) {
        this.acoId = acoIds.contains(acoId) ? acoId : this.acoId;
    }

    public int getPerformanceYear() {
        return performanceYear;
    }

    public void setPerformanceYear(int performanceYear) {
        this.performanceYear = performanceYear;
    }

    public AssignmentReport getReport() {
        return report;
    }

    public String getMissing() {
        return missing;
    }

    public LazyDataModel<AssignedBeneficiaryRow> getBeneficiaries() {
        return beneficiaries;
    }
}
