package gov.cms.ssp.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gov.cms.ssp.lookup.ListedParticipation;
import gov.cms.ssp.lookup.ListsInForceQuery;
import gov.cms.ssp.lookup.NpiListings;
import gov.cms.ssp.lookup.PublishedYears;
import gov.cms.ssp.shared.InvalidIdentifierException;
import gov.cms.ssp.shared.Npi;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;

/**
 * The anchor of {@code ./ssp bench lookup}: the same public lookup ({@code GET /participation/{npi}})
 * served by the least a Java program needs — the JDK's built-in HTTP server, a small pool of
 * connections each with the application's own prepared statement, the application's own rule for
 * the years, and the JSON written by hand. No container, no security, no cache. The application is
 * measured as a share of what this serves on the same machine under the same load.
 *
 * <p>{@code BareLookupServer JDBC_URL PORT}: serves until killed.
 */
public final class BareLookupServer {
    static final int THREADS = 16;
    static final int CONNECTIONS = 8;

    private final BlockingQueue<PreparedStatement> pool = new ArrayBlockingQueue<>(CONNECTIONS);
    private final int lastPy;

    private BareLookupServer(String url) throws SQLException {
        String sql = ListsInForceQuery.forNpis(1);
        Map<Integer, LocalDate> windows = new HashMap<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            Connection c = DriverManager.getConnection(url, "ssp", "ssp");
            pool.add(c.prepareStatement(sql));
            if (i == 0) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select py, opens_on from certification_cycle")) {
                    while (rs.next()) {
                        windows.put(rs.getInt(1), rs.getDate(2).toLocalDate());
                    }
                }
            }
        }
        lastPy = PublishedYears.last(LocalDate.now(), windows);
    }

    public static void main(String[] args) throws Exception {
        // without it the JDK's server sends headers and body in two segments and Nagle's algorithm
        // holds the second until the client's delayed ACK: about 40 ms a response on keep-alive
        System.setProperty("sun.net.httpserver.nodelay", "true");
        BareLookupServer server = new BareLookupServer(args[0]);
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1])), 1024);
        http.setExecutor(Executors.newFixedThreadPool(THREADS));
        http.createContext("/participation/", server::handle);
        http.start();
        System.out.println("bare lookup server on port " + args[1] + " (" + THREADS + " threads, " + CONNECTIONS + " connections)");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getPath().substring("/participation/".length());
        int status = 200;
        String body;
        try {
            body = answer(Npi.of(raw).value());
        } catch (InvalidIdentifierException e) {
            status = 400;
            body = "{\"error\":\"invalid-input\",\"message\":" + string(e.getMessage()) + "}";
        } catch (SQLException | InterruptedException e) {
            status = 500;
            body = "{\"error\":\"server\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String answer(String npi) throws SQLException, InterruptedException {
        NpiListings listings;
        PreparedStatement ps = pool.take();
        try {
            ListsInForceQuery.bind(ps, List.of(npi));
            try (ResultSet rs = ps.executeQuery()) {
                listings = ListsInForceQuery.read(rs).getOrDefault(npi, NpiListings.NONE);
            }
        } finally {
            pool.put(ps);
        }
        List<ListedParticipation.YearlyParticipation> years = new ArrayList<>();
        for (ListedParticipation l : listings.listings()) {
            years.addAll(l.years(lastPy, listings.signedPysByAco().getOrDefault(l.acoId(), Set.of())));
        }
        years.sort(Comparator.comparingInt(ListedParticipation.YearlyParticipation::performanceYear).reversed()
                .thenComparing(y -> y.listing().acoId()).thenComparing(y -> y.listing().tin()));
        StringBuilder json = new StringBuilder(256 + 320 * years.size());
        json.append("{\"npi\":\"").append(npi).append("\",\"participations\":[");
        for (int i = 0; i < years.size(); i++) {
            ListedParticipation.YearlyParticipation y = years.get(i);
            ListedParticipation l = y.listing();
            json.append(i == 0 ? "{" : ",{")
                    .append("\"acoId\":").append(string(l.acoId()))
                    .append(",\"acoName\":").append(string(l.acoName()))
                    .append(",\"classification\":").append(string(y.classification() == null ? "—" : y.classification().label()))
                    .append(",\"effective\":\"").append(l.effective()).append('"');
            if (l.termination() != null) {
                json.append(",\"end\":\"").append(l.termination()).append('"');
            }
            json.append(",\"participantName\":").append(string(l.participantName()))
                    .append(",\"performanceYear\":").append(y.performanceYear())
                    .append(",\"status\":\"").append(y.status().name()).append('"')
                    .append(",\"statusLabel\":").append(string(y.status().label()))
                    .append(",\"tin\":").append(string(l.tin()));
            if (l.track() != null) {
                json.append(",\"track\":\"").append(l.track().name()).append('"');
            }
            json.append(",\"trackLabel\":").append(string(l.track() == null ? "—" : l.track().label())).append('}');
        }
        return json.append("],\"valid\":true}").toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    private static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
