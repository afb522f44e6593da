package gov.cms.ssp.shared.web;

import gov.cms.ssp.shared.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The logged-in person as the screens need them: name, role in words, where their home is. Only for
 * display and navigation; the services decide what they may do.
 */
@Named
@RequestScoped
public class CurrentUser {
    @Inject
    private HttpServletRequest request;

    public boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getName() {
        return Optional.ofNullable(request.getUserPrincipal()).map(Principal::getName).orElse("");
    }

    public boolean has(String role) {
        return request.isUserInRole(role);
    }

    public boolean isCms() {
        return Role.CMS.stream().anyMatch(request::isUserInRole);
    }

    public boolean isAco() {
        return Role.ACO.stream().anyMatch(request::isUserInRole);
    }

    public boolean isClinician() {
        return request.isUserInRole(Role.CLINICIAN);
    }

    public String getRoleLabel() {
        return Role.ALL.stream().filter(request::isUserInRole).findFirst().map(Role::label).orElse("");
    }

    /** The page each role lands on after logging in. */
    public String getHomePath() {
        return homePath(request);
    }

    static String homePath(HttpServletRequest request) {
        if (Role.CMS.stream().anyMatch(request::isUserInRole)) {
            return "/cms/home.xhtml";
        }
        if (Role.ACO.stream().anyMatch(request::isUserInRole)) {
            return "/aco/home.xhtml";
        }
        if (request.isUserInRole(Role.CLINICIAN)) {
            return "/clinician/home.xhtml";
        }
        return "/index.xhtml";
    }
}
