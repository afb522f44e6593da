package gov.cms.ssp.reconciliation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** Chart.js configurations for {@code <p:chart>}: built as JSON here so the pages stay declarative. */
final class SettlementCharts {
    private static final String BENCHMARK = "#005ea2";
    private static final String EXPENDITURES = "#e5a000";
    private static final String SAVINGS = "#00a91c";
    private static final String LOSSES = "#d83933";

    private SettlementCharts() {
    }

    /** Benchmark against expenditures, and the savings or losses between them, in dollars. */
    static String benchmarkVersusExpenditures(ReconciledFigures f) {
        BigDecimal difference = f.totalBenchmark().subtract(f.totalExpenditures());
        JsonArrayBuilder labels = Json.createArrayBuilder().add("Total benchmark").add("Total expenditures")
                .add(difference.signum() >= 0 ? "Under the benchmark" : "Over the benchmark").add("Net settlement");
        JsonArrayBuilder data = Json.createArrayBuilder().add(f.totalBenchmark()).add(f.totalExpenditures())
                .add(difference.abs()).add(f.netAmount());
        JsonArrayBuilder colors = Json.createArrayBuilder().add(BENCHMARK).add(EXPENDITURES)
                .add(difference.signum() >= 0 ? SAVINGS : LOSSES).add(f.netAmount().signum() >= 0 ? SAVINGS : LOSSES);
        return bar(labels, Json.createArrayBuilder().add(dataset("Dollars", data, colors)), "Benchmark vs expenditures (PY"
                + f.performanceYear() + ")");
    }

    /** Every ACO's net amount in the run, largest first: where this year's money goes. */
    static String savingsDistribution(List<ResultRow> rows) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (ResultRow r : rows) {
            labels.add(r.acoId());
            data.add(r.netAmount());
            colors.add(r.netAmount().signum() >= 0 ? SAVINGS : LOSSES);
        }
        return bar(labels, Json.createArrayBuilder().add(dataset("Net (+ paid / − owed), $", data, colors)),
                "Shared savings and losses across ACOs");
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, JsonArrayBuilder colors) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colors);
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, String title) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        // figures, not a show: drawn at once (also what a screenshot or a print catches)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", title))))
                .build().toString();
    }
}
