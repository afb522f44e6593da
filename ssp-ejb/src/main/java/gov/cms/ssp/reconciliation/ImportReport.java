package gov.cms.ssp.reconciliation;

import java.util.List;

/** What became of an uploaded file: how many ACOs' inputs were saved, or every problem and nothing saved. */
public record ImportReport(String fileName, int performanceYear, int saved, List<ImportProblem> problems) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
