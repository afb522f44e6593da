package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ACO's quality report for a PY as its people and CMS read it: where it stands, the reporting
 * window, its measure rows, what is late or incomplete, and — once submitted — its score with every
 * step explained.
 *
 * @param window   the reporting window in words ("Open 01/02/2023 to 03/31/2023"), or that CMS has not set it
 * @param open     the ACO may report and submit today
 * @param notes    what is late or incomplete, in words; empty when nothing is
 * @param result   the scored result once submitted, null before
 * @param charts   each scored measure against its benchmark deciles, for the chart
 * @param mips     the APM Entity's MIPS final score under the MIPS APM scoring standard, explained; null before
 *                 the report is submitted
 */
public record QualityReportView(String acoId, String acoName, int performanceYear, String status, boolean submitted,
                                String submittedBy, String submittedAt, String updatedBy, String updatedAt,
                                String window, boolean open, List<MeasureRowView> rows, List<String> notes,
                                QualityResult result, List<MeasureChart> charts,
                                MipsApmScoring.Result mips) {

    /** A measure row as reported, with its rate and data completeness in percent. */
    public record MeasureRowView(String measureId, String collectionType, String collectionTypeLabel, String title,
                                 long performanceMet, long denominator, long exclusions, long eligiblePopulation,
                                 BigDecimal rate, BigDecimal completeness) {
    }

    /** A measure's rate and where each decile of its benchmark starts (percent). */
    public record MeasureChart(String measure, BigDecimal rate, List<BigDecimal> decileStarts, boolean inverse,
                               Integer decile, BigDecimal points) {
    }
}
