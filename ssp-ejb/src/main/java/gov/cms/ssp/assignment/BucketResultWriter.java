package gov.cms.ssp.assignment;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Writes a bucket's results in the chunk's transaction, all or nothing: whatever an earlier, crashed
 * execution left of the bucket is deleted first, then its assigned beneficiaries, their expenditures
 * by type and the assignable amounts are inserted (JDBC batches), and the bucket is marked done in the
 * same transaction. So a bucket is counted exactly once however often it is retried, and the primary
 * key (run, year, bene_id) backs this up.
 */
@Named
@Dependent
public class BucketResultWriter extends AbstractItemWriter {
    @Inject
    private RunStore store;

    @Override
    public void writeItems(List<Object> items) {
        store.with(c -> {
            for (Object item : items) {
                write(c, (BucketItemProcessor.BucketResult) item);
            }
            return null;
        });
    }

    private static void write(Connection c, BucketItemProcessor.BucketResult result) throws SQLException {
        BucketKey key = result.key();
        for (String table : List.of("assigned_beneficiary", "beneficiary_expenditure", "assignable_amount", "assignment_bucket")) {
            try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where run_id = ? and data_year = ? and bucket = ?")) {
                RunStore.bind(delete, key.runId(), key.dataYear(), key.bucket());
                delete.executeUpdate();
            }
        }
        try (PreparedStatement bene = c.prepareStatement("insert into assigned_beneficiary (run_id, data_year, bucket, bene_id,"
                + " aco_id, step, cba_also, participant_tin, state_county) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement spend = c.prepareStatement("insert into beneficiary_expenditure (run_id, data_year, bucket,"
                     + " bene_id, aco_id, enrollment_type, months, raw_amount) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PartitionedYear.AssignedBeneficiary a : result.outcome().assigned()) {
                RunStore.bind(bene, key.runId(), key.dataYear(), key.bucket(), a.beneId(), a.acoId(), a.step().code(),
                        a.cbaAlso(), a.participantTin(), a.stateCounty());
                bene.addBatch();
                for (Map.Entry<EnrollmentType, Integer> months : a.months().entrySet()) {
                    BigDecimal raw = a.raw().get(months.getKey());
                    RunStore.bind(spend, key.runId(), key.dataYear(), key.bucket(), a.beneId(), a.acoId(),
                            months.getKey().name(), months.getValue(), raw);
                    spend.addBatch();
                }
            }
            bene.executeBatch();
            spend.executeBatch();
        }
        try (PreparedStatement amount = c.prepareStatement("insert into assignable_amount (run_id, data_year, bucket,"
                + " enrollment_type, raw_amount, months) values (?, ?, ?, ?, ?, ?)")) {
            for (PartitionedYear.AssignableAmount a : result.outcome().assignable()) {
                RunStore.bind(amount, key.runId(), key.dataYear(), key.bucket(), a.type().name(), a.raw(), a.months());
                amount.addBatch();
            }
            amount.executeBatch();
        }
        // TINs are shared between buckets: a redone bucket adds nothing twice
        try (PreparedStatement tin = c.prepareStatement("insert into assignment_run_tin (run_id, data_year, tin) values (?, ?, ?)"
                + " on conflict do nothing")) {
            for (String billing : new java.util.TreeSet<>(result.outcome().billingTins())) {
                RunStore.bind(tin, key.runId(), key.dataYear(), billing);
                tin.addBatch();
            }
            tin.executeBatch();
        }
        try (PreparedStatement done = c.prepareStatement("insert into assignment_bucket (run_id, data_year, bucket,"
                + " beneficiaries, assigned) values (?, ?, ?, ?, ?)")) {
            RunStore.bind(done, key.runId(), key.dataYear(), key.bucket(), result.outcome().beneficiaries(),
                    result.outcome().assigned().size());
            done.executeUpdate();
        }
    }
}
