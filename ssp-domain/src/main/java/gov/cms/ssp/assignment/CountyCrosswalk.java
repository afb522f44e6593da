package gov.cms.ssp.assignment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SSA state + county code of the enrollment files (spec A.1/A.2) to the FIPS county code of the
 * map's shapes: reference data in {@value #FILE}, the 3,221 county rows of NBER's
 * {@code ssa_fips_state_county2017.csv} (CMS's SSA-to-FIPS crosswalk as published by NBER,
 * data.nber.org/data/ssa-federal-information-processing-series-fips-state-and-county-crosswalk.html; the
 * "statewide" rows left out: they name no county). Two SSA codes may share a FIPS county (Los Angeles).
 */
public final class CountyCrosswalk {
    public static final String FILE = "ssa_fips_county.csv";

    private static final CountyCrosswalk STANDARD = load();

    private final Map<String, String> fipsOfSsa;
    private final Map<String, List<String>> codesOfState;

    private CountyCrosswalk(Map<String, String> fipsOfSsa) {
        this.fipsOfSsa = Map.copyOf(fipsOfSsa);
        Map<String, List<String>> byState = new TreeMap<>();
        new TreeMap<>(fipsOfSsa).keySet().forEach(ssa -> byState.computeIfAbsent(ssa.substring(0, 2), s -> new ArrayList<>()).add(ssa));
        this.codesOfState = Map.copyOf(byState);
    }

    /** The product's crosswalk (the committed reference file). */
    public static CountyCrosswalk standard() {
        return STANDARD;
    }

    /** The FIPS county of an SSA state + county code, or null when the crosswalk does not know it. */
    public String fips(String ssaStateCounty) {
        return ssaStateCounty == null ? null : fipsOfSsa.get(ssaStateCounty);
    }

    /** The SSA county codes of an SSA state (e.g. "10" Florida), in order; empty when it has none. */
    public List<String> codesOfState(String ssaState) {
        return codesOfState.getOrDefault(ssaState, List.of());
    }

    public int size() {
        return fipsOfSsa.size();
    }

    private static CountyCrosswalk load() {
        Map<String, String> rows = new HashMap<>();
        try (InputStream in = CountyCrosswalk.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing reference file " + FILE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header: ssa_state_county,fips_county
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", -1);
                    rows.put(cells[0].strip(), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CountyCrosswalk(rows);
    }
}
