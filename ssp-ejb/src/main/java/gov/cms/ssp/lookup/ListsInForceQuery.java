package gov.cms.ssp.lookup;

import gov.cms.ssp.agreement.Track;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The one statement the lookup reads the lists in force with, plain JDBC: per NPI, its entries on
 * the live provider/supplier lists (kind L), on the provider/supplier lists of signed
 * certifications (C, with the participant's name as signed), and each PY an ACO listing it has
 * signed (S). Shared by the service (for the NPIs its cache lacks), the cache's preload (every
 * NPI, in NPI order) and the bare anchor server of {@code ./ssp bench lookup}.
 */
public final class ListsInForceQuery {
    private static final String TEMPLATE = """
            select 'L', p.npi, p.aco_id, a.legal_name, a.track, p.tin,
                   (select min(t.legal_name) from participant_tin t where t.aco_id = p.aco_id and t.tin = p.tin),
                   p.effective_date, p.termination_date, cast(null as integer)
            from provider_supplier p join aco a on a.aco_id = p.aco_id
            where LIVE
            union all
            select 'C', e.npi, c.aco_id, a.legal_name, a.track, e.tin,
                   (select min(t.entry_name) from certified_entry t
                    where t.certification_id = e.certification_id and t.list_kind = 'PARTICIPANT' and t.tin = e.tin),
                   e.effective_date, e.termination_date, c.py
            from certified_entry e join certification c on c.id = e.certification_id join aco a on a.aco_id = c.aco_id
            where SIGNED and e.list_kind = 'PROVIDER_SUPPLIER' and c.signed_at is not null
            union all
            select distinct 'S', p.npi, c.aco_id, null, null, null, null, cast(null as date), cast(null as date), c.py
            from provider_supplier p join certification c on c.aco_id = p.aco_id
            where LIVE and c.signed_at is not null
            """;
    /** Strings and dates repeat across hundreds of thousands of NPIs: the cache keeps one copy of each. */
    private static final Map<Object, Object> CANONICAL = new ConcurrentHashMap<>();

    private ListsInForceQuery() {
    }

    /** For {@code count} NPIs, bound by {@link #bind}. */
    public static String forNpis(int count) {
        String marks = String.join(", ", Collections.nCopies(count, "?"));
        return TEMPLATE.replace("LIVE", "p.npi in (" + marks + ")").replace("SIGNED", "e.npi in (" + marks + ")");
    }

    /** Every NPI of the program, in NPI order (for {@link #stream}). */
    static String everything() {
        return TEMPLATE.replace("LIVE", "1 = 1").replace("SIGNED", "1 = 1") + "order by 2";
    }

    public static void bind(PreparedStatement ps, List<String> npis) throws SQLException {
        int i = 1;
        for (int part = 0; part < 3; part++) {
            for (String npi : npis) {
                ps.setString(i++, npi);
            }
        }
    }

    /** The listings of every NPI in the result (NPIs without rows are absent). */
    public static Map<String, NpiListings> read(ResultSet rs) throws SQLException {
        Map<String, Folding> byNpi = new HashMap<>();
        while (rs.next()) {
            String npi = rs.getString(2);
            byNpi.computeIfAbsent(npi, k -> new Folding()).add(npi, rs);
        }
        Map<String, NpiListings> listings = new HashMap<>();
        byNpi.forEach((npi, f) -> listings.put(npi, f.listings()));
        return listings;
    }

    /** Hands each NPI's listings to {@code sink} as soon as its rows are read (the rows in NPI order). */
    static void stream(ResultSet rs, BiConsumer<String, NpiListings> sink) throws SQLException {
        String current = null;
        Folding f = null;
        while (rs.next()) {
            String npi = rs.getString(2);
            if (!npi.equals(current)) {
                if (f != null) {
                    sink.accept(current, f.listings());
                }
                current = npi;
                f = new Folding();
            }
            f.add(current, rs);
        }
        if (f != null) {
            sink.accept(current, f.listings());
        }
    }

    private static final class Folding {
        final List<ListedParticipation> listings = new ArrayList<>(1);
        final Map<String, Set<Integer>> signed = new HashMap<>();

        void add(String npi, ResultSet rs) throws SQLException {
            String acoId = canonical(rs.getString(3));
            int py = rs.getInt(10);
            if ("S".equals(rs.getString(1))) {
                signed.computeIfAbsent(acoId, k -> new HashSet<>()).add(py);
            } else {
                String track = rs.getString(5);
                listings.add(new ListedParticipation(npi, acoId, canonical(rs.getString(4)),
                        track == null ? null : Track.valueOf(track), canonical(rs.getString(6)), canonical(rs.getString(7)),
                        date(rs.getDate(8)), date(rs.getDate(9)), "C".equals(rs.getString(1)) ? py : null));
            }
        }

        NpiListings listings() {
            if (listings.isEmpty()) {
                return NpiListings.NONE; // only signed PYs of an ACO, no entry: nothing to answer
            }
            Map<String, Set<Integer>> s = new HashMap<>();
            signed.forEach((aco, pys) -> s.put(aco, Set.copyOf(pys)));
            return new NpiListings(List.copyOf(listings), s.isEmpty() ? Map.of() : Map.copyOf(s));
        }
    }

    private static LocalDate date(Date d) {
        return d == null ? null : canonical(d.toLocalDate());
    }

    @SuppressWarnings("unchecked")
    private static <T> T canonical(T value) {
        if (value == null) {
            return null;
        }
        if (CANONICAL.size() > 200_000) { // names and dates of a program fit well within this; never grow without end
            CANONICAL.clear();
        }
        return (T) CANONICAL.computeIfAbsent(value, v -> v);
    }
}
