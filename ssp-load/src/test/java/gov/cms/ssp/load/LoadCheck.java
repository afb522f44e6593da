package gov.cms.ssp.load;

/** {@code ./ssp bench load --dry-run}: the simulation and Gatling's engine load from the built classpath. */
public final class LoadCheck {
    private LoadCheck() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        for (String name : new String[] {"gov.cms.ssp.load.MixedJourneys", "io.gatling.app.Gatling",
                "io.gatling.javaapi.http.HttpDsl", "io.gatling.charts.report.ReportsGenerator"}) {
            Class.forName(name, false, LoadCheck.class.getClassLoader());
        }
        System.out.println("check: classpath complete");
    }
}
