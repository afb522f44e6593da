package gov.cms.ssp.participant;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The list page users see, {@code /aco/participants.xhtml}, through the running application as a
 * browser drives it: aco.staff logs in on Keycloak's form (OIDC code flow, session cookie), then the
 * full GET of the page (the first pages of both lazy tables) and the PrimeFaces Ajax requests of the
 * lazy provider/supplier table (a later page, a name filter, a sort), posted with the form and the
 * view state of the page as PrimeFaces' datatable script posts them. Every response is checked for
 * the rows it must hold, so a figure is never that of an error page. The times are what an HTTP
 * client on loopback sees: the server's work and the transfer, not the browser's rendering, nor the
 * scripts and styles a browser has cached.
 */
final class FacesPageTiming {
    private static final String TABLE = "lists:tabs:providers";
    /** Untimed requests first: a freshly started server compiles the Facelets and PrimeFaces code paths during the first ones. */
    private static final int WARM_UP = 20;
    /** The NPIs of A1001 are 1100000001 to 1100001200, named "Clinician 1" to "Clinician 1200". */
    private static final long FIRST_NPI = 1_100_000_000L;

    private final CookieJar cookies = new CookieJar();
    /** HTTP/1.1 as browsers speak plain HTTP; redirects followed by hand, so that each step of the log-in is checked. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI page;
    private final String keycloak;

    FacesPageTiming(String app, String keycloak) {
        this.page = URI.create((app.endsWith("/") ? app : app + "/") + "aco/participants.xhtml");
        this.keycloak = keycloak;
    }

    void run() throws IOException, InterruptedException {
        logIn();
        fullPage();
        // the parameters of PrimeFaces 15's datatable script (paginate, filter, sort), in its order
        ajax("page 40", view -> List.of(param("_pagination", "true"), param("_first", "975"), param("_rows", "25"),
                        param("_skipChildren", "true"), param("_encodeFeature", "true")),
                new Rows(25, 1200, npi(976), npi(1000)));
        ajax("name filter", view -> List.of(param("_filtering", "true"), param("_encodeFeature", "true"),
                        Map.entry(view.filterInput("Name"), "clinician 12")), // a form field: its value replaces the empty one
                new Rows(12, 12, npi(12), npi(1200))); // Clinician 12, 120-129, 1200
        ajax("sort by name, descending", view -> List.of(param("_sorting", "true"), param("_skipChildren", "true"),
                        param("_encodeFeature", "true"), param("_sortKey", view.column("Name")), param("_sortDir", "-1")),
                new Rows(25, 1200, npi(999), null)); // the last row depends on the database's collation
    }

    private static Map.Entry<String, String> param(String suffix, String value) {
        return Map.entry(TABLE + suffix, value);
    }

    /** What a response of the table must hold: its rows, the total PrimeFaces is told, the first and (if given) last NPI. */
    private record Rows(int count, int total, String first, String last) {
        void check(String label, String rows, String xml) {
            List<String> npis = new ArrayList<>();
            Matcher m = Pattern.compile("<tr\\b[^>]*data-ri=\"\\d+\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(rows);
            while (m.find()) {
                Matcher n = Pattern.compile(">(1\\d{9})<").matcher(m.group(1));
                npis.add(n.find() ? n.group(1) : "(no NPI)");
            }
            Matcher t = Pattern.compile("totalRecords(?:\"|&#34;|&quot;):(\\d+)").matcher(xml);
            if (npis.size() != count || !npis.get(0).equals(first) || last != null && !npis.get(npis.size() - 1).equals(last)
                    || !t.find() || Integer.parseInt(t.group(1)) != total) {
                throw new IllegalStateException("Ajax " + label + ": expected " + count + " rows of " + total + " from NPI " + first
                        + (last == null ? "" : " to " + last) + ", got " + npis.size() + " rows " + npis + ": " + snippet(xml));
            }
        }
    }

    /** GET the page → Keycloak's form → POST the demo credentials → back through the OIDC callback to the page. */
    private void logIn() throws IOException, InterruptedException {
        Followed form = follow(browser(page).GET().build());
        if (!form.uri().toString().startsWith(keycloak + "/realms/ssp/") || form.response().statusCode() != 200
                || !form.body().contains("id=\"kc-form-login\"")) {
            String hint = form.body().contains("redirect_uri") ? " (Keycloak refused the redirect URI: a Keycloak started before"
                    + " port 8480 was added to wildfly-config/keycloak/ssp-realm.json must be restarted to import it)" : "";
            throw new IllegalStateException("log-in: GET " + page + " did not lead to Keycloak's login form kc-form-login" + hint
                    + "; " + form.describe());
        }
        Matcher tag = Pattern.compile("(<form\\b[^>]*\\bid=\"kc-form-login\"[^>]*>)(.*?)</form>", Pattern.DOTALL).matcher(form.body());
        String action = tag.find() ? attribute(tag.group(1), "action") : null;
        if (action == null) {
            throw new IllegalStateException("log-in: Keycloak's form kc-form-login has no action; " + form.describe());
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Map.Entry<String, String> field : View.fields(tag.group(2))) {
            String name = field.getKey();
            fields.add(Map.entry(name, name.equals("username") ? "aco.staff" : name.equals("password") ? "demo" : field.getValue()));
        }
        if (fields.stream().filter(e -> e.getKey().equals("username") || e.getKey().equals("password")).count() != 2) {
            throw new IllegalStateException("log-in: Keycloak's form has no username and password fields but " + fields);
        }
        Followed landed = follow(browser(form.uri().resolve(unescape(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
        if (!landed.uri().equals(page) || landed.response().statusCode() != 200) {
            throw new IllegalStateException("log-in: posting aco.staff/demo to Keycloak did not end on " + page + "; " + landed.describe());
        }
        if (!cookies.has("JSESSIONID")) {
            throw new IllegalStateException("log-in: the application set no JSESSIONID cookie; " + landed.describe());
        }
        View.of(landed.body(), page); // the checks of a first page
    }

    private void fullPage() throws IOException, InterruptedException {
        double[] times = new double[ParticipantListBenchmark.RUNS * 3];
        int size = 0;
        for (int run = -WARM_UP; run < times.length; run++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(browser(page).GET().build(), HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + page + " answered HTTP " + r.statusCode() + " (session lost?): " + snippet(r.body()));
            }
            View.of(r.body(), page);
            size = r.body().getBytes(StandardCharsets.UTF_8).length;
            if (run >= 0) {
                times[run] = ms;
            }
        }
        System.out.printf("Faces page aco/participants.xhtml, full GET: both lazy tables' first pages (HTTP 200, %d KB of HTML): %s%n",
                size / 1024, ParticipantListBenchmark.stats(times));
    }

    /**
     * One kind of Ajax request of the provider/supplier table, on a view of its own (a fresh GET),
     * repeated on that view with the view state each response hands back, as the page's script does.
     */
    private void ajax(String label, Function<View, List<Map.Entry<String, String>>> tableParams, Rows expected)
            throws IOException, InterruptedException {
        HttpResponse<String> start = http.send(browser(page).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (start.statusCode() != 200) {
            throw new IllegalStateException("GET " + page + " answered HTTP " + start.statusCode() + ": " + snippet(start.body()));
        }
        View view = View.of(start.body(), page);
        List<Map.Entry<String, String>> params = tableParams.apply(view);
        Map<String, String> fieldValues = params.stream().filter(e -> view.hasField(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String viewState = view.viewState();
        double[] times = new double[ParticipantListBenchmark.RUNS * 3];
        int size = 0;
        for (int run = -WARM_UP; run < times.length; run++) {
            List<Map.Entry<String, String>> body = new ArrayList<>(List.of(
                    Map.entry("jakarta.faces.partial.ajax", "true"), Map.entry("jakarta.faces.source", TABLE),
                    Map.entry("jakarta.faces.partial.execute", TABLE), Map.entry("jakarta.faces.partial.render", TABLE),
                    Map.entry(TABLE, TABLE)));
            params.stream().filter(e -> !view.hasField(e.getKey())).forEach(body::add);
            for (Map.Entry<String, String> field : view.form()) { // the whole form, as PrimeFaces posts it
                String value = field.getKey().equals("jakarta.faces.ViewState") ? viewState
                        : fieldValues.getOrDefault(field.getKey(), field.getValue());
                body.add(Map.entry(field.getKey(), value));
            }
            HttpRequest request = HttpRequest.newBuilder(view.action()).header("Accept", "application/xml, text/xml, */*; q=0.01")
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(body))).build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - t0) / 1e6;
            String xml = r.body();
            if (r.statusCode() != 200 || !xml.contains("<partial-response") || xml.contains("<error>") || xml.contains("<redirect")) {
                throw new IllegalStateException("Ajax " + label + " of " + TABLE + " did not answer a partial response with the table: HTTP "
                        + r.statusCode() + " " + snippet(xml));
            }
            expected.check(label, update(xml, TABLE).orElseThrow(() -> new IllegalStateException(
                    "Ajax " + label + ": the partial response does not update " + TABLE + ": " + snippet(xml))), xml);
            viewState = update(xml, "j_id1:jakarta.faces.ViewState:0").orElse(viewState);
            size = xml.getBytes(StandardCharsets.UTF_8).length;
            if (run >= 0) {
                times[run] = ms;
            }
        }
        System.out.printf("Faces Ajax, providers/suppliers table, %s (HTTP 200, %d KB): %s%n", label, size / 1024,
                ParticipantListBenchmark.stats(times));
    }

    private static String npi(int clinician) {
        return String.valueOf(FIRST_NPI + clinician);
    }

    /** The content of {@code <update id="...">} in a partial response. */
    private static Optional<String> update(String xml, String id) {
        Matcher m = Pattern.compile("<update id=\"" + Pattern.quote(id) + "\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL).matcher(xml);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The page as rendered: its form {@code lists}, that form's fields, and the provider/supplier table's columns. */
    private record View(URI action, List<Map.Entry<String, String>> form, Map<String, String> columns, Map<String, String> filters) {
        static View of(String html, URI page) {
            if (!html.contains("(A1001)") || !html.contains("id=\"" + TABLE + "\"")) {
                throw new IllegalStateException(page + " is not the list page of A1001 with the table " + TABLE + ": " + snippet(html));
            }
            // first pages by NPI and by TIN; the page reports of the seeded list sizes
            for (String expected : List.of(">" + npi(1) + "<", ">" + npi(25) + "<", ">100000001<", "1–25 of 1200", "1–25 of 30")) {
                if (!html.contains(expected)) {
                    throw new IllegalStateException(page + " does not show " + expected + ": " + snippet(html));
                }
            }
            Matcher f = Pattern.compile("<form\\b[^>]*\\bid=\"lists\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
            if (!f.find()) {
                throw new IllegalStateException(page + " has no form lists: " + snippet(html));
            }
            String action = unescape(attribute(f.group().substring(0, f.group().indexOf('>') + 1), "action"));
            // the header cells of the table: <th id="lists:tabs:providers:j_idtN" …><span class="ui-column-title">Name</span>…<input name="…:filter">
            Map<String, String> columns = new HashMap<>();
            Map<String, String> filters = new HashMap<>();
            Matcher th = Pattern.compile("<th id=\"(" + Pattern.quote(TABLE) + ":[^\"]+)\"[^>]*>(.*?)</th>", Pattern.DOTALL).matcher(f.group(1));
            while (th.find()) {
                Matcher title = Pattern.compile("<span class=\"ui-column-title\">([^<]*)</span>").matcher(th.group(2));
                if (title.find()) {
                    columns.put(title.group(1), th.group(1));
                    Matcher filter = Pattern.compile("<input\\b[^>]*\\bname=\"([^\"]*:filter)\"").matcher(th.group(2));
                    if (filter.find()) {
                        filters.put(title.group(1), filter.group(1));
                    }
                }
            }
            View view = new View(page.resolve(action), fields(f.group(1)), columns, filters);
            view.viewState();
            return view;
        }

        String column(String title) {
            String id = columns.get(title);
            if (id == null) {
                throw new IllegalStateException("the table " + TABLE + " has no sortable column " + title + " among " + columns.keySet());
            }
            return id;
        }

        String filterInput(String title) {
            String name = filters.get(title);
            if (name == null) {
                throw new IllegalStateException("the column " + title + " of " + TABLE + " has no filter input; filters: " + filters);
            }
            return name;
        }

        boolean hasField(String name) {
            return form.stream().anyMatch(e -> e.getKey().equals(name));
        }

        String viewState() {
            return form.stream().filter(e -> e.getKey().equals("jakarta.faces.ViewState")).map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the form lists has no jakarta.faces.ViewState field"));
        }

        /** The fields a browser submits with the form (jQuery's serializeArray): inputs, checked boxes, selects; no buttons or files. */
        static List<Map.Entry<String, String>> fields(String form) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            Matcher m = Pattern.compile("<input\\b[^>]*>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL)
                    .matcher(form);
            while (m.find()) {
                String tag = m.group().substring(0, m.group().indexOf('>') + 1);
                String name = attribute(tag, "name");
                if (name == null || tag.contains(" disabled")) {
                    continue;
                }
                if (m.group().startsWith("<input")) {
                    String type = String.valueOf(attribute(tag, "type")).toLowerCase();
                    boolean box = type.equals("checkbox") || type.equals("radio");
                    if (List.of("submit", "button", "image", "reset", "file").contains(type) || box && !tag.contains(" checked")) {
                        continue;
                    }
                    String value = attribute(tag, "value");
                    fields.add(Map.entry(name, value == null ? (box ? "on" : "") : unescape(value)));
                } else if (m.group().startsWith("<select")) {
                    List<String> options = new ArrayList<>();
                    List<String> selected = new ArrayList<>();
                    Matcher o = Pattern.compile("<option\\b([^>]*)>([^<]*)").matcher(m.group(2));
                    while (o.find()) {
                        String value = attribute("<option " + o.group(1) + ">", "value");
                        String v = unescape(value == null ? o.group(2).trim() : value);
                        options.add(v);
                        if (o.group(1).contains("selected")) {
                            selected.add(v);
                        }
                    }
                    if (selected.isEmpty() && !options.isEmpty() && !tag.contains(" multiple")) {
                        selected.add(options.get(0));
                    }
                    selected.forEach(v -> fields.add(Map.entry(name, v)));
                } else {
                    fields.add(Map.entry(name, unescape(m.group(4))));
                }
            }
            return fields;
        }
    }

    /**
     * A browser's cookie jar, enough for one host on loopback. java.net.CookieManager will not do: it
     * sends no Secure cookie over http (browsers do to localhost, and Keycloak marks its cookies
     * Secure), and it files Keycloak's Version=1 cookies under the domain "localhost.local".
     */
    private static final class CookieJar extends CookieHandler {
        private record Cookie(String name, String value, String path) {
        }

        private final List<Cookie> cookies = new ArrayList<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String header = cookies.stream().filter(c -> path.equals(c.path()) || path.startsWith(c.path())
                            && (c.path().endsWith("/") || path.charAt(c.path().length()) == '/'))
                    .map(c -> c.name() + "=" + c.value()).collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(v -> set(uri, v));
                }
            });
        }

        private void set(URI uri, String header) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                return;
            }
            String name = parts[0].substring(0, eq).trim();
            String requestPath = uri.getRawPath() == null ? "" : uri.getRawPath();
            String path = requestPath.lastIndexOf('/') > 0 ? requestPath.substring(0, requestPath.lastIndexOf('/')) : "/";
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String[] attribute = parts[i].split("=", 2);
                String key = attribute[0].trim().toLowerCase();
                String value = attribute.length > 1 ? attribute[1].trim() : "";
                if (key.equals("path") && value.startsWith("/")) {
                    path = value;
                } else if (key.equals("max-age")) {
                    expired |= value.startsWith("-") || value.equals("0");
                } else if (key.equals("expires")) {
                    try {
                        expired |= ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).isBefore(ZonedDateTime.now());
                    } catch (DateTimeParseException e) {
                        // a date a browser would read differently: keep the cookie
                    }
                }
            }
            String cookiePath = path;
            cookies.removeIf(c -> c.name().equals(name) && c.path().equals(cookiePath));
            if (!expired) {
                cookies.add(new Cookie(name, parts[0].substring(eq + 1).trim(), cookiePath));
            }
        }

        synchronized boolean has(String name) {
            return cookies.stream().anyMatch(c -> c.name().equals(name));
        }
    }

    private record Followed(URI uri, HttpResponse<String> response, List<String> hops) {
        String body() {
            return response.body();
        }

        String describe() {
            return "went " + String.join(" → ", hops) + ", ended HTTP " + response.statusCode() + ": " + snippet(body());
        }
    }

    /** Sends the request and follows redirects (as GETs, as a browser does after a 302 or 303), at most ten. */
    private Followed follow(HttpRequest request) throws IOException, InterruptedException {
        List<String> hops = new ArrayList<>(List.of(request.method() + " " + request.uri()));
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        URI at = request.uri();
        while (r.statusCode() / 100 == 3) {
            String location = r.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("HTTP redirect without Location after " + String.join(" → ", hops)));
            if (hops.size() > 10) {
                throw new IllegalStateException("more than ten redirects: " + String.join(" → ", hops));
            }
            at = at.resolve(location);
            hops.add(r.statusCode() + " GET " + at);
            r = http.send(browser(at).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        return new Followed(at, r, hops);
    }

    /** A browser's page request: without Accept: text/html the OIDC client takes it for an API call and answers 401. */
    private static HttpRequest.Builder browser(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    /** HTML character references in attribute values: Keycloak's action URL has {@code &amp;}, Faces escapes some values. */
    private static String unescape(String s) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String c = switch (ref) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        return m.appendTail(out).toString();
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String snippet(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 600 ? flat.substring(0, 600) + " …" : flat;
    }
}
