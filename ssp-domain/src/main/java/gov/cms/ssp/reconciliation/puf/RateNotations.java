package gov.cms.ssp.reconciliation.puf;

import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each rate column's notation and precision, learnt from the cells of the file: copies of one year
 * differ, so the year's usual notation ({@link PufLayout#forYear(int)}) is kept only for a column
 * without values. The ranges of the rates make the notation unambiguous: an MSR is at most about
 * 13% (0.13 as a fraction, 2 or more as a percentage in any file that has a one-sided ACO); quality
 * scores and sharing rates are at most 1 as fractions and well above 1.5 as percentages. PY2013
 * writes its MSR fractions with a stray sign ({@code 0.0234%}): the range, not the sign, decides.
 *
 * @param layout   the file's layout with the learnt notations
 * @param decimals each rate column's precision in the file: the most decimal places any cell has
 */
record RateNotations(PufLayout layout, Map<String, Integer> decimals) {

    private static final BigDecimal LARGEST_MSR_FRACTION = new BigDecimal("0.25");
    private static final BigDecimal LARGEST_RATE_FRACTION = new BigDecimal("1.5");

    static RateNotations learn(PufLayout usual, PufHeader header, List<CSVRecord> records) {
        PufLayout layout = usual;
        Map<String, Integer> decimals = new HashMap<>();
        Map<String, RateNotation> learnt = new HashMap<>();
        for (String column : List.of(PufColumns.MIN_SAV_PERC, PufColumns.QUAL_SCORE, PufColumns.FINAL_SHARE_RATE,
                PufColumns.FINAL_LOSS_RATE)) {
            Integer index = header.index(column);
            if (index == null) {
                continue;
            }
            boolean percentSign = false;
            boolean anyValue = false;
            BigDecimal largest = BigDecimal.ZERO;
            int places = 0;
            for (CSVRecord r : records) {
                if (index >= r.size()) {
                    continue;
                }
                String cell = r.get(index).trim();
                boolean signed = cell.endsWith("%");
                String digits = cell.replace("%", "").replace(",", "").trim();
                if (!digits.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                    continue;   // empty, *, -, P4R or malformed: the row reader reports what matters
                }
                anyValue = true;
                percentSign |= signed;
                largest = largest.max(new BigDecimal(digits).abs());
                int dot = digits.indexOf('.');
                if (dot >= 0) {
                    places = Math.max(places, digits.length() - dot - 1);
                }
            }
            decimals.put(PufColumns.key(column), places);
            if (!anyValue) {
                continue;
            }
            RateNotation notation;
            if (column.equals(PufColumns.MIN_SAV_PERC)) {
                notation = largest.compareTo(LARGEST_MSR_FRACTION) <= 0 ? RateNotation.FRACTION
                        : percentSign ? RateNotation.PERCENT_STRING : RateNotation.PERCENT_NUMBER;
            } else {
                notation = percentSign ? RateNotation.PERCENT_STRING
                        : largest.compareTo(LARGEST_RATE_FRACTION) > 0 ? RateNotation.PERCENT_NUMBER : RateNotation.FRACTION;
            }
            learnt.put(column, notation);
        }
        for (Map.Entry<String, RateNotation> e : learnt.entrySet()) {
            layout = layout.withNotation(e.getKey(), e.getValue());
        }
        // a column left empty is written like its sibling: FinalShareRate like QualScore, FinalLossRate like MinSavPerc
        if (!learnt.containsKey(PufColumns.FINAL_SHARE_RATE) && learnt.containsKey(PufColumns.QUAL_SCORE)) {
            layout = layout.withNotation(PufColumns.FINAL_SHARE_RATE, learnt.get(PufColumns.QUAL_SCORE));
        }
        if (!learnt.containsKey(PufColumns.FINAL_LOSS_RATE) && learnt.containsKey(PufColumns.MIN_SAV_PERC)) {
            layout = layout.withNotation(PufColumns.FINAL_LOSS_RATE, learnt.get(PufColumns.MIN_SAV_PERC));
        }
        return new RateNotations(layout, Map.copyOf(decimals));
    }

    int decimalsOf(String column) {
        return decimals.getOrDefault(PufColumns.key(column), 0);
    }
}
