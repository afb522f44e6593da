package gov.cms.ssp.reconciliation.puf;

import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * CMS's PY2013 file as data.cms.gov serves it has a header one name short in the middle: after
 * "Total benchmark expenditures ($)" the name "Total expenditures ($)" is missing, so every name up
 * to the race counts stands one cell left of its values, and "Total performance year spending per
 * assigned beneficiary" has no cell at all (the row and the header end aligned again). When the
 * header has exactly that shape and the cells bear it out (benchmark − expenditures = savings in
 * every row that has all three), the names are put back over their cells; otherwise the header is
 * left as it is.
 */
final class ShiftedHeader2013 {

    private static final String BENCHMARK = "totalbenchmarkexpenditures";
    private static final String SAVINGS = "totalsavingslosses";
    private static final String EXPENDITURES = "totalexpenditures";
    private static final String DROPPED = "totalperformanceyearspendingperassignedbeneficiary";

    private ShiftedHeader2013() {
    }

    static List<String> repair(List<String> names, List<CSVRecord> records) {
        List<String> keys = names.stream().map(n -> n == null ? "" : PufColumns.key(n)).toList();
        int benchmark = keys.indexOf(BENCHMARK);
        int dropped = keys.indexOf(DROPPED);
        if (benchmark < 0 || dropped <= benchmark || keys.contains(EXPENDITURES)
                || benchmark + 1 >= keys.size() || !keys.get(benchmark + 1).equals(SAVINGS)) {
            return names;
        }
        boolean checked = false;
        for (CSVRecord r : records) {
            BigDecimal bench = money(r, benchmark);
            BigDecimal exp = money(r, benchmark + 1);
            BigDecimal savings = money(r, benchmark + 2);
            if (bench == null || exp == null || savings == null) {
                continue;
            }
            if (bench.subtract(exp).subtract(savings).abs().compareTo(BigDecimal.ONE) > 0) {
                return names;   // not the known shift
            }
            checked = true;
        }
        if (!checked) {
            return names;
        }
        List<String> repaired = new ArrayList<>(names.subList(0, benchmark + 1));
        repaired.add("Total expenditures ($)");
        repaired.addAll(names.subList(benchmark + 1, dropped));
        repaired.addAll(names.subList(dropped + 1, names.size()));
        return repaired;
    }

    private static BigDecimal money(CSVRecord r, int index) {
        if (index >= r.size()) {
            return null;
        }
        String cell = r.get(index).replace("$", "").replace(",", "").trim();
        return cell.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(cell) : null;
    }
}
