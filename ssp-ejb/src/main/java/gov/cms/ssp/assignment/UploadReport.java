package gov.cms.ssp.assignment;

import java.util.List;

/**
 * The outcome of one uploaded file: loaded with its row count, or refused whole with its problems
 * (line 0 is the file itself, line 1 its header).
 */
public record UploadReport(int dataYear, String fileName, long rows, long bytes, List<Problem> problems) {

    public record Problem(long line, String column, String message) {
    }

    public UploadReport {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
