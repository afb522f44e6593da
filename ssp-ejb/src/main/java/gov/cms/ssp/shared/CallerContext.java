package gov.cms.ssp.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Who is calling: user name, roles, and the ACOs or NPI the Keycloak token says they belong to.
 * Every ACO-scoped service asks it before touching data; this is where another ACO's data is refused.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF, Role.CLINICIAN})
public class CallerContext {
    /** Token claims filled from Keycloak user attributes by the realm's protocol mappers. */
    public static final String ACO_IDS_CLAIM = "aco_ids";
    public static final String NPI_CLAIM = "npi";

    @Resource
    private SessionContext session;

    public String userName() {
        return session.getCallerPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return session.isCallerInRole(role);
    }

    public boolean isCms() {
        return Role.CMS.stream().anyMatch(session::isCallerInRole);
    }

    public Set<AcoId> acoIds() {
        Set<AcoId> ids = new TreeSet<>();
        token().map(t -> claimValues(t, ACO_IDS_CLAIM)).orElse(List.of()).stream()
                .filter(AcoId::isValid)
                .map(AcoId::of)
                .forEach(ids::add);
        return ids;
    }

    public Optional<Npi> npi() {
        return token().map(t -> claimValues(t, NPI_CLAIM)).orElse(List.of()).stream()
                .filter(Npi::isValid).map(Npi::of).findFirst();
    }

    /** CMS staff may read every ACO; ACO users only the ACOs on their token. */
    public void requireAcoAccess(AcoId acoId) {
        if (isCms()) {
            return;
        }
        requireMembership(acoId);
    }

    /** Only the ACO's own people, not CMS, may act for it (edit its lists, sign for it). */
    public void requireMembership(AcoId acoId) {
        if (!acoIds().contains(acoId)) {
            throw new AccessDeniedException("You may only work with your own ACO's data; " + acoId
                    + " is not one of your ACOs.");
        }
    }

    /**
     * For a record named by its own id (an application, say) rather than by its ACO: another ACO's record
     * is answered exactly like a missing one, so that walking ids tells nobody whose records they are.
     */
    public void requireAcoAccess(AcoId owner, Supplier<NotFoundException> asMissing) {
        if (!isCms()) {
            requireMembership(owner, asMissing);
        }
    }

    /** {@link #requireMembership(AcoId)} for a record named by its own id: another ACO's is "not found". */
    public void requireMembership(AcoId owner, Supplier<NotFoundException> asMissing) {
        if (!acoIds().contains(owner)) {
            throw asMissing.get();
        }
    }

    private Optional<JsonWebToken> token() {
        Principal p = session.getCallerPrincipal();
        if (p instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return Optional.ofNullable(oidc.getOidcSecurityContext().getToken());
        }
        return Optional.empty();
    }

    private static List<String> claimValues(JsonWebToken token, String claim) {
        if (!token.hasClaim(claim)) {
            return List.of();
        }
        Object value = token.getClaimValue(claim);
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> String.valueOf(v).replace("\"", "")).toList();
        }
        return List.of(token.getClaimValueAsString(claim));
    }
}
