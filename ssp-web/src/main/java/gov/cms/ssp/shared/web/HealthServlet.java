package gov.cms.ssp.shared.web;

import gov.cms.ssp.shared.HealthService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /ssp/health for scripts and load balancers: 200 when the database answers, 503 otherwise. */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {
    @EJB
    private HealthService health;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean up = health.databaseUp();
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"database\":\"" + (up ? "UP" : "DOWN") + "\"}");
    }
}
