package gov.cms.ssp.reconciliation.puf;

import java.util.List;

/** The check of a whole PUF, row by row in file order. */
public record CheckReport(PufFile file, List<RowVerdict> verdicts) {

    public CheckReport {
        verdicts = List.copyOf(verdicts);
    }

    public long count(CheckStatus status) {
        return verdicts.stream().filter(v -> v.status() == status).count();
    }

    public long reproduced() {
        return count(CheckStatus.REPRODUCED);
    }

    public long notCheckable() {
        return count(CheckStatus.NOT_CHECKABLE);
    }

    /** Rows compared with a result CMS published (reproduced or differing). */
    public long checkable() {
        return count(CheckStatus.REPRODUCED) + count(CheckStatus.DIFFERS);
    }

    public long computed() {
        return count(CheckStatus.COMPUTED);
    }

    /** The CLI's last line; computed rows (nothing published to compare with) are in neither count. */
    public String summaryLine() {
        return "reproduced " + reproduced() + " of " + checkable() + " checkable rows (" + notCheckable() + " not checkable)";
    }
}
