package gov.cms.ssp.reconciliation;

/**
 * One thing wrong with an uploaded file, as the person who fixes the file needs it: the data row
 * (1 = first row under the header, 0 = the header, −1 = the file as a whole), the column, the problem.
 */
public record ImportProblem(long row, String column, String message) {

    @Override
    public String toString() {
        return (row < 0 ? "file" : row == 0 ? "header" : "row " + row) + (column == null ? "" : ", column " + column)
                + ": " + message;
    }
}
