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

    static String sharing(AssignedBeneficiaryRow r) {
        return r.declinedSharing() ? "Declined: claims details withheld" : "Shared";
    }

    private static Response download(StreamingOutput body, String type, String acoId, int py, String extension) {
        String name = "assigned-beneficiaries-" + AcoId.of(acoId).value() + "-PY" + py + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
