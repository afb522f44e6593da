package gov.cms.ssp.e2e;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The one test-deployment builder: the EAR exactly as it ships, built from the modules. */
public final class SspDeployment {
    private SspDeployment() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("ssp.ear", "target/ssp.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The EAR " + ear + " has not been built; run ./ssp test");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    public static String appUrl() {
        return System.getProperty("ssp.test.url", "http://localhost:8280/ssp/");
    }

    public static String keycloakUrl() {
        return System.getProperty("ssp.keycloak.url", "http://localhost:8180");
    }
}
