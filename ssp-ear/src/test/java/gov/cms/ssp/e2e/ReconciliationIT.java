package gov.cms.ssp.e2e;

import static gov.cms.ssp.e2e.HttpApi.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reconciliation in the shipped EAR: the what-if estimate API, financial inputs, a reconciliation
 * run as a batch job, approval, release and what each ACO may see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReconciliationIT {

    /** Palm Beach ACO (A1001), PY2023, as CMS published it: ENHANCED, fixed 2% MSR, 89.91% quality. */
    static final String PALM_BEACH_2023 = """
            {"performanceYear": 2023, "agreementStart": "2019-07-01", "agreementPeriodNumber": 3,
             "assignedBeneficiaries": 78364, "totalBenchmark": 1098668352, "totalExpenditures": 998768668,
             "qualityStandard": "MET", "qualityScore": 0.8991, "fixedMinimumSavingsRate": 0.02}""";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return SspDeployment.ear();
    }

    @Test
    void estimateShowsEveryCurrentTrackWithItsExplanation() {
        HttpResponse<String> r = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_EXECUTIVE, PALM_BEACH_2023);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray tracks = HttpApi.json(r.body()).asJsonArray();
        assertEquals(List.of("BASIC_A", "BASIC_B", "BASIC_C", "BASIC_D", "BASIC_E", "ENHANCED"),
                tracks.getValuesAs(JsonObject.class).stream().map(t -> t.getString("track")).toList());
        JsonObject enhanced = tracks.getJsonObject(5);
        assertEquals("SAVINGS_GENERATED", enhanced.getString("outcome"));
        // CMS paid Palm Beach 73,426,268 for PY2023 (PUF EarnSaveLoss); the engine reproduces it within $2
        BigDecimal net = enhanced.getJsonNumber("netAmount").bigDecimalValue();
        assertTrue(net.subtract(new BigDecimal("73426268")).abs().compareTo(new BigDecimal("2")) <= 0, net.toString());
        assertTrue(enhanced.getJsonArray("explanation").size() >= 5, "explained step by step");
        assertEquals("savingsRate", enhanced.getJsonArray("explanation").getJsonObject(0).getString("rule"));
        // BASIC A shares at most 40%, capped at 10% of the benchmark: less than ENHANCED
        BigDecimal basicA = tracks.getJsonObject(0).getJsonNumber("netAmount").bigDecimalValue();
        assertTrue(basicA.compareTo(net) < 0, basicA + " < " + net);
    }

    @Test
    void estimateIsOpenToCmsAndClinicians() {
        assertEquals(200, HttpApi.postJson("api/reconciliation/estimate", DemoUser.CMS_ANALYST, PALM_BEACH_2023).statusCode());
        assertEquals(200, HttpApi.postJson("api/reconciliation/estimate", DemoUser.CLINICIAN, PALM_BEACH_2023).statusCode());
    }

    @Test
    void invalidEstimateNamesEachField() {
        HttpResponse<String> r = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_STAFF, """
                {"performanceYear": 2031, "assignedBeneficiaries": -5, "totalExpenditures": 100,
                 "qualityStandard": "MET", "qualityScore": 1.5}""");
        assertEquals(400, r.statusCode(), r.body());
        JsonObject error = object(r);
        assertEquals("invalid-input", error.getString("error"));
        List<String> fields = error.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).toList();
        assertEquals(List.of("assignedBeneficiaries", "performanceYear", "qualityScore", "totalBenchmark"), fields);
        assertTrue(r.body().contains("Performance year must be between 2019 and 2026"), r.body());
        assertTrue(r.body().contains("Assigned beneficiaries must be a positive whole number"), r.body());
    }

    @Test
    void malformedEstimateIsA400NotA500() {
        HttpResponse<String> notJson = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_STAFF, "{\"assignedBeneficiaries\": \"many\"");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals("invalid-input", object(notJson).getString("error"));
        HttpResponse<String> unknownStandard = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_STAFF,
                PALM_BEACH_2023.replace("\"MET\"", "\"EXCELLENT\""));
        assertEquals(400, unknownStandard.statusCode(), unknownStandard.body());
        HttpResponse<String> noScore = HttpApi.postJson("api/reconciliation/estimate", DemoUser.ACO_STAFF,
                PALM_BEACH_2023.replace("\"qualityScore\": 0.8991,", ""));
        assertEquals(400, noScore.statusCode(), noScore.body());
        assertTrue(object(noScore).getString("message").contains("Quality score is required"), noScore.body());
    }

    @Test
    void estimateWithoutATokenIs401() {
        assertEquals(401, HttpApi.postJson("api/reconciliation/estimate", null, PALM_BEACH_2023).statusCode());
    }
}
