package gov.cms.ssp.reconciliation;

import java.util.List;

/**
 * What became of an uploaded file: how many ACOs' inputs were saved; or every problem and nothing
 * saved; or, for a file without problems, the implausible rows still to be confirmed (nothing saved
 * until each is).
 */
public record ImportReport(String fileName, int performanceYear, int saved, List<ImportProblem> problems,
                           List<ImportFlag> flagged) {
    public ImportReport {
        problems = List.copyOf(problems);
        flagged = List.copyOf(flagged);
    }

    public ImportReport(String fileName, int performanceYear, int saved, List<ImportProblem> problems) {
        this(fileName, performanceYear, saved, problems, List.of());
    }

    /** Saved: no problem and nothing left to confirm. */
    public boolean isClean() {
        return problems.isEmpty() && flagged.isEmpty();
    }

    /** Readable, but rows wait for the analyst's confirmation. */
    public boolean isAwaitingConfirmation() {
        return problems.isEmpty() && !flagged.isEmpty();
    }
}
