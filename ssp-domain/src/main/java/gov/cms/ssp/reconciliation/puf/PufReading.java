package gov.cms.ssp.reconciliation.puf;

import java.util.List;

/** A PUF read row by row: the rows that could be read and a problem for each that could not. */
public record PufReading(PufFile file, List<PufFormatException> problems) {
    public PufReading {
        problems = List.copyOf(problems);
    }
}
