package gov.cms.ssp.participant;

import java.util.List;

/** The outcome of an upload or a single entry: saved (all rows) or not saved, with every problem. */
public record UploadResult(boolean saved, int rows, List<RowProblem> problems) {
}
