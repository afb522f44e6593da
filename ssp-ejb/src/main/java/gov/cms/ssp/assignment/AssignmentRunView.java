package gov.cms.ssp.assignment;

import java.time.Instant;
import java.util.List;

/**
 * A run as the page shows it, with the progress of each step: partitioning (years validated and cut
 * into buckets), assignment (buckets committed), per-ACO sums (years summed) and the reconciliation
 * inputs (created or not yet).
 */
public record AssignmentRunView(long id, int performanceYear, Integer quarter, AssignmentRunStatus status, String executionStatus,
                                String startedBy, Instant startedAt, Instant finishedAt, String problem,
                                Integer inputsCreated, String inputsNote, List<RunYearProgress> years) {

    public AssignmentRunView {
        years = List.copyOf(years);
    }

    /** What the run computes, in words: the PY's final assignment, or a quarterly report. */
    public String kindLabel() {
        return quarter == null ? "Final assignment" : "Quarter " + quarter + " report";
    }

    /** The years computed, e.g. "2026 (PY), 2024, 2023, 2022". */
    public String yearList() {
        return String.join(", ", years.stream().map(y -> y.dataYear() + (y.benchmarkYear() ? "" : " (PY)")).toList());
    }

    public int yearsPartitioned() {
        return (int) years.stream().filter(RunYearProgress::partitioned).count();
    }

    public int bucketsDone() {
        return years.stream().mapToInt(RunYearProgress::bucketsDone).sum();
    }

    public int bucketCount() {
        return years.stream().mapToInt(y -> y.bucketCount() == null ? 0 : y.bucketCount()).sum();
    }

    public int yearsSummarized() {
        return (int) years.stream().filter(RunYearProgress::summarized).count();
    }

    public int percent(String step) {
        int n = years.size();
        return switch (step) {
            case "partition" -> n == 0 ? 0 : 100 * yearsPartitioned() / n;
            case "assign" -> bucketCount() == 0 ? 0 : 100 * bucketsDone() / bucketCount();
            case "summarize" -> n == 0 ? 0 : 100 * yearsSummarized() / n;
            default -> inputsCreated == null ? 0 : 100;
        };
    }

    public boolean isRunning() {
        return status == AssignmentRunStatus.RUNNING;
    }

    public boolean isResumable() {
        return status != AssignmentRunStatus.COMPLETE && !isRunning();
    }

    public boolean isComplete() {
        return status == AssignmentRunStatus.COMPLETE;
    }
}
