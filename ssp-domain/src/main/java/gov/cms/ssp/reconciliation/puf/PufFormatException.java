package gov.cms.ssp.reconciliation.puf;

/**
 * A PUF that cannot be read: the message names the file, the row (1 = first data row, 0 = the
 * header) and the column.
 */
public class PufFormatException extends RuntimeException {

    private final long row;
    private final String column;
    private final String problem;
    private final java.util.List<String> missingColumns;

    public PufFormatException(String source, long row, long line, String column, String problem) {
        this(source, row, line, column, problem, java.util.List.of());
    }

    /** A header that lacks required columns: every one of them, so that one answer names them all. */
    public PufFormatException(String source, long row, long line, String column, String problem,
                              java.util.List<String> missingColumns) {
        super(source + ": " + (row == 0 ? "header" : "row " + row + " (line " + line + ")")
                + (column == null ? "" : ", column " + column) + ": " + problem);
        this.row = row;
        this.column = column;
        this.problem = problem;
        this.missingColumns = java.util.List.copyOf(missingColumns);
    }

    public PufFormatException(String source, String problem) {
        super(source + ": " + problem);
        this.row = -1;
        this.column = null;
        this.problem = problem;
        this.missingColumns = java.util.List.of();
    }

    /** The required columns a header lacks (empty for any other problem). */
    public java.util.List<String> missingColumns() {
        return missingColumns;
    }

    /** What is wrong, without the file, row and column in front. */
    public String problem() {
        return problem;
    }

    /** The data row (1-based), 0 for the header, −1 when the problem is the whole file. */
    public long row() {
        return row;
    }

    public String column() {
        return column;
    }
}
