package gov.cms.ssp.reconciliation.puf;

/**
 * A PUF that cannot be read: the message names the file, the row (1 = first data row, 0 = the
 * header) and the column.
 */
public class PufFormatException extends RuntimeException {

    private final long row;
    private final String column;
    private final String problem;

    public PufFormatException(String source, long row, long line, String column, String problem) {
        super(source + ": " + (row == 0 ? "header" : "row " + row + " (line " + line + ")")
                + (column == null ? "" : ", column " + column) + ": " + problem);
        this.row = row;
        this.column = column;
        this.problem = problem;
    }

    public PufFormatException(String source, String problem) {
        super(source + ": " + problem);
        this.row = -1;
        this.column = null;
        this.problem = problem;
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
