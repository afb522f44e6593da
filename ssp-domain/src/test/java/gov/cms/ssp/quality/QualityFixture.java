package gov.cms.ssp.quality;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small PY of reference data for the edge tests, read through the same files and reader as the
 * repository's: flat deciles (decile K starts at (K−1)×10, decile 1 at 1) so that points are easy to see.
 */
final class QualityFixture {

    static final String MEASURES = String.join("\r\n",
            "measure_id,collection_type,title,group,outcome,inverse,case_minimum,benchmark_published",
            "001,ECQM,Diabetes: Hemoglobin A1c Poor Control,001,Y,Y,20,Y",
            "134,ECQM,Screening for Depression,134,N,N,20,Y",
            "236,ECQM,Controlling High Blood Pressure,236,Y,N,20,Y",
            "113,WEB_INTERFACE,Colorectal Cancer Screening,113,N,N,20,Y",
            "321,CAHPS,CAHPS for MIPS survey,321,N,N,1,N",
            "CAHPS_1,CAHPS,Getting Timely Care,321,N,N,0,Y",
            "CAHPS_7,CAHPS,Health Status,321,N,N,0,N",
            "479,ADMINISTRATIVE_CLAIMS,Readmission,479,Y,Y,200,Y",
            "") ;

    static String benchmarks(boolean capped) {
        String h = "measure_id,collection_type,inverse,decile_1,decile_2,decile_3,decile_4,decile_5,decile_6,decile_7,"
                + "decile_8,decile_9,decile_10,topped_out,seven_point_cap,source";
        return String.join("\r\n", h,
                "001,ECQM,Y,99,90,80,70,60,50,40,30,20,10,N,N,test",
                "134,ECQM,N,1,10,20,30,40,50,60,70,80,90," + (capped ? "Y,Y" : "N,N") + ",test",
                "236,ECQM,N,1,10,20,30,40,50,60,70,80,90,N,N,test",
                "113,WEB_INTERFACE,N,,,20,30,40,50,60,70,80,90,N,N,test",
                "CAHPS_1,CAHPS,N,,10,20,30,40,50,60,70,80,90,N,N,test",
                "479,ADMINISTRATIVE_CLAIMS,Y,0.5,0.2,0.18,0.17,0.16,0.15,0.14,0.13,0.12,0.11,N,N,test", "");
    }

    /** Parameters of a PY2023-like year; {@code changes} replace rows by name ("standard_score,75"). */
    static String parameters(int py, String... changes) {
        List<String> rows = new ArrayList<>(List.of(
                "performance_year," + py + ",", "data_completeness,0.70,", "lowest_points,1,", "no_benchmark_points,0,",
                "topped_out_cap,7,", "standard_percentile,30,", "standard_score,75,", "first_year_pay_for_reporting,Y,",
                "incentive,MEASURES,", "incentive_score,,", "incentive_outcome_percentile,10,",
                "incentive_other_percentile,30,", "alternative_standard,Y,", "alternative_outcome_percentile,10,",
                "health_equity,Y,", "health_equity_cap,10,", "health_equity_top_points,4,",
                "health_equity_middle_points,2,", "health_equity_minimum_share,0.20,", "improvement_cap,10,"));
        for (String change : changes) {
            String name = change.substring(0, change.indexOf(','));
            rows.removeIf(r -> r.startsWith(name + ","));
            rows.add(change + (change.chars().filter(c -> c == ',').count() == 1 ? "," : ""));
        }
        return "name,value,source\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    static QualityReferenceFiles.Reading read(String parameters, String measures, String benchmarks) {
        return QualityReferenceFiles.read(2023, bytes(parameters), bytes(measures), bytes(benchmarks));
    }

    static QualityReferenceData data(String... parameterChanges) {
        return data(false, parameterChanges);
    }

    static QualityReferenceData data(boolean capped, String... parameterChanges) {
        QualityReferenceFiles.Reading r = read(parameters(2023, parameterChanges), MEASURES, benchmarks(capped));
        if (!r.isClean()) {
            throw new AssertionError(r.problems());
        }
        return r.data();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static ReportedMeasure ecqm(String id, long numerator, long denominator) {
        return ReportedMeasure.counts(MeasureKey.of(id, CollectionType.ECQM), numerator, denominator, 0, denominator);
    }

    static ReportedMeasure cahps(String rate) {
        return ReportedMeasure.rate(MeasureKey.of("CAHPS_1", CollectionType.CAHPS), new BigDecimal(rate));
    }

    static ReportedMeasure readmission(String rate) {
        return ReportedMeasure.rate(MeasureKey.of("479", CollectionType.ADMINISTRATIVE_CLAIMS), new BigDecimal(rate));
    }

    static QualitySubmission submission(ReportedMeasure... measures) {
        return QualitySubmission.of(2023, false, false, List.of(measures));
    }

    private QualityFixture() {
    }
}
