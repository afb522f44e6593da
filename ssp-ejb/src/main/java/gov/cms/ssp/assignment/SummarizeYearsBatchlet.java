package gov.cms.ssp.assignment;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step 3 of the assignment job: truncation and per-ACO sums of each year not yet summed, one
 * transaction per ACO ({@link YearSummarizer}); a restart continues with the ACOs not yet summed.
 */
@Named
@Dependent
public class SummarizeYearsBatchlet extends AbstractBatchlet {
    @Inject
    @BatchProperty(name = AssignmentRunService.RUN_ID)
    private String runId;
    @Inject
    private RunStore store;
    @Inject
    private YearSummarizer summarizer;

    @Override
    public String process() throws Exception {
        long run = Long.parseLong(runId);
        int py = store.performanceYear(run);
        for (int year : store.query("select data_year from assignment_run_year where run_id = ? and not summarized"
                + " order by data_year desc", rs -> rs.getInt(1), run)) {
            YearSummarizer.Prepared prepared = summarizer.prepare(run, py, year);
            for (String aco : summarizer.remaining(run, year, prepared)) {
                summarizer.summarizeAco(run, year, prepared, aco);
            }
            summarizer.finish(run, year);
            // the year is summed and committed: its bucket files are no longer needed (a crash before this
            // line leaves them behind, harmlessly)
            AssignmentFiles.deleteTree(AssignmentFiles.runBuckets(run, year));
        }
        return "COMPLETED";
    }
}
