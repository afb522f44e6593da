package gov.cms.ssp.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The public API (the ACO directory and the participation lookup, no login) answers each client at most
 * {@code SSP_PUBLIC_API_RATE} requests a minute, with bursts of {@code SSP_PUBLIC_API_BURST}; past that it
 * is a 429 with Retry-After. The client is the connection's address (behind a proxy, configure WildFly's
 * proxy-address-forwarding so that this is the caller's). Benchmarks raise the budget (./ssp bench lookup).
 * It sits in front of the lookup and changes nothing in it; mapped in web.xml, before the lookup's own filter.
 */
public class PublicApiRateLimit extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final int DEFAULT_PER_MINUTE = 120;
    static final int DEFAULT_BURST = 60;

    private transient TokenBuckets buckets;

    @Override
    public void init() {
        int perMinute = setting("ssp.public-api.rate", "SSP_PUBLIC_API_RATE", DEFAULT_PER_MINUTE);
        buckets = new TokenBuckets(perMinute, setting("ssp.public-api.burst", "SSP_PUBLIC_API_BURST",
                Math.min(DEFAULT_BURST, perMinute)), System::nanoTime);
        getServletContext().log("public API budget per client: " + perMinute + " requests a minute");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long wait = buckets.take(request.getRemoteAddr());
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(wait));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":429,\"error\":\"too-many-requests\",\"message\":\"Too many requests from your "
                + "address to the public API; try again in " + wait + " second" + (wait == 1 ? "" : "s") + ".\",\"fields\":[]}");
    }

    static int setting(String property, String variable, int fallback) {
        String v = System.getProperty(property, System.getenv(variable));
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable + " must be a whole number of requests, not '" + v + "'", e);
        }
    }
}
