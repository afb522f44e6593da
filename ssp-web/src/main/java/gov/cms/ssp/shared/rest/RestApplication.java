package gov.cms.ssp.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /ssp/api. Public paths (the ACO directory) are open; the rest need a token. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
