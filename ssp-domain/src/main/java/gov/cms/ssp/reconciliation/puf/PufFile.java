package gov.cms.ssp.reconciliation.puf;

import java.util.List;

/** A whole per-ACO results PUF: its year's layout and its rows in file order. */
public record PufFile(String source, PufLayout layout, List<PufRow> rows) {

    public PufFile {
        rows = List.copyOf(rows);
    }

    public int year() {
        return layout.year();
    }
}
