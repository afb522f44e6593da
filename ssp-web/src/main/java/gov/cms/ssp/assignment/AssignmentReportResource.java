package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.Workbook;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Page;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An ACO's assignment report of a PY: the counts, a page of its assigned beneficiaries, and the whole
 * list as CSV or Excel. The URL names the ACO and PY only, never a beneficiary; every read of the list
 * is recorded by the service in the PHI access log.
 */
@Path("assignment-reports/{acoId}/{py}")
@RequestScoped
public class AssignmentReportResource {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("Beneficiary (MBI)", "Assignment step", "Participant TIN", "Enrollment type",
            "Months", "Truncated expenditure", "Data sharing");

    @EJB
    private AssignmentReportService reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AssignmentReport report(@PathParam("acoId") String acoId, @PathParam("py") int py) {
        return reports.report(AcoId.of(acoId), py);
    }

    @GET
    @Path("beneficiaries")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<AssignedBeneficiaryRow> beneficiaries(@PathParam("acoId") String acoId, @PathParam("py") int py,
                                                      @QueryParam("first") @DefaultValue("0") int first,
                                                      @QueryParam("size") @DefaultValue("50") int size) {
        return reports.beneficiaries(AcoId.of(acoId), py, first, size);
    }

    @GET
    @Path("beneficiaries.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("acoId") String acoId, @PathParam("py") int py) {
        List<AssignedBeneficiaryRow> rows = reports.export(AcoId.of(acoId), py, PhiAccessLog.CSV);
        StreamingOutput body = out -> {
            try (CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(new String[0])).get())) {
                for (AssignedBeneficiaryRow r : rows) {
                    printer.printRecord(r.beneId(), r.stepLabel(), r.participantTin(), r.enrollmentTypeLabel(), r.months(),
                            r.expenditure() == null ? "" : r.expenditure().toPlainString(), sharing(r));
                }
            }
        };
        return download(body, "text/csv", acoId, py, "csv");
    }

    @GET
    @Path("beneficiaries.xlsx")
    @Produces(XLSX)
    public Response excel(@PathParam("acoId") String acoId, @PathParam("py") int py) {
        List<AssignedBeneficiaryRow> rows = reports.export(AcoId.of(acoId), py, PhiAccessLog.EXCEL);
        StreamingOutput body = out -> Workbook.write(out, "PY" + py + " assigned", HEADER, rows.stream().map(r -> List.of(
                Workbook.Cell.text(r.beneId()), Workbook.Cell.text(r.stepLabel()), Workbook.Cell.text(r.participantTin()),
                Workbook.Cell.text(r.enrollmentTypeLabel()), Workbook.Cell.number(r.months()),
                Workbook.Cell.number(r.expenditure()), Workbook.Cell.text(sharing(r)))).toList());
        return download(body, XLSX, acoId, py, "xlsx");
    }

    // ---- quarterly reports: the quarter's beneficiaries, then those dropped since the previous quarter

    static final List<String> QUARTER_HEADER = List.of("Beneficiary (MBI)", "Change from the previous quarter", "Assignment step",
            "Participant TIN", "Enrollment type", "Months (year to date)", "Truncated expenditure (year to date)", "Data sharing");

    @GET
    @Path("quarters")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Integer> quarters(@PathParam("acoId") String acoId, @PathParam("py") int py) {
        return reports.quarters(AcoId.of(acoId), py);
    }

    @GET
    @Path("quarters/{quarter}")
    @Produces(MediaType.APPLICATION_JSON)
    public QuarterlyReport quarterly(@PathParam("acoId") String acoId, @PathParam("py") int py, @PathParam("quarter") int quarter) {
        return reports.quarterly(AcoId.of(acoId), py, quarter);
    }

    @GET
    @Path("quarters/{quarter}/beneficiaries")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<QuarterlyBeneficiaryRow> quarterBeneficiaries(@PathParam("acoId") String acoId, @PathParam("py") int py,
                                                              @PathParam("quarter") int quarter,
                                                              @QueryParam("first") @DefaultValue("0") int first,
                                                              @QueryParam("size") @DefaultValue("50") int size) {
        return reports.quarterBeneficiaries(AcoId.of(acoId), py, quarter, first, size);
    }

    @GET
    @Path("quarters/{quarter}/beneficiaries.csv")
    @Produces("text/csv")
    public Response quarterCsv(@PathParam("acoId") String acoId, @PathParam("py") int py, @PathParam("quarter") int quarter) {
        List<QuarterlyBeneficiaryRow> rows = reports.quarterExport(AcoId.of(acoId), py, quarter, PhiAccessLog.CSV);
        StreamingOutput body = out -> {
            try (CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.DEFAULT.builder().setHeader(QUARTER_HEADER.toArray(new String[0])).get())) {
                for (QuarterlyBeneficiaryRow q : rows) {
                    AssignedBeneficiaryRow r = q.beneficiary();
                    printer.printRecord(r.beneId(), q.changeLabel(), r.stepLabel(), r.participantTin(), r.enrollmentTypeLabel(),
                            r.months(), r.expenditure() == null ? "" : r.expenditure().toPlainString(), sharing(r));
                }
            }
        };
        return download(body, "text/csv", acoId, py + "-Q" + quarter, "csv");
    }

    @GET
    @Path("quarters/{quarter}/beneficiaries.xlsx")
    @Produces(XLSX)
    public Response quarterExcel(@PathParam("acoId") String acoId, @PathParam("py") int py, @PathParam("quarter") int quarter) {
        List<QuarterlyBeneficiaryRow> rows = reports.quarterExport(AcoId.of(acoId), py, quarter, PhiAccessLog.EXCEL);
        StreamingOutput body = out -> Workbook.write(out, "Q" + quarter + " " + py + " assigned", QUARTER_HEADER,
                rows.stream().map(q -> {
                    AssignedBeneficiaryRow r = q.beneficiary();
                    return List.of(Workbook.Cell.text(r.beneId()), Workbook.Cell.text(q.changeLabel()),
                            Workbook.Cell.text(r.stepLabel()), Workbook.Cell.text(r.participantTin()),
                            Workbook.Cell.text(r.enrollmentTypeLabel()), Workbook.Cell.number(r.months()),
                            Workbook.Cell.number(r.expenditure()), Workbook.Cell.text(sharing(r)));
                }).toList());
        return download(body, XLSX, acoId, py + "-Q" + quarter, "xlsx");
    }

    static String sharing(AssignedBeneficiaryRow r) {
        return r.declinedSharing() ? "Declined: claims details withheld" : "Shared";
    }

    private static Response download(StreamingOutput body, String type, String acoId, int py, String extension) {
        return download(body, type, acoId, String.valueOf(py), extension);
    }

    /** {@code period}: the PY ("2025") or a PY's quarter ("2025-Q2"), built from path numbers only. */
    private static Response download(StreamingOutput body, String type, String acoId, String period, String extension) {
        String name = "assigned-beneficiaries-" + AcoId.of(acoId).value() + "-PY" + period + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
