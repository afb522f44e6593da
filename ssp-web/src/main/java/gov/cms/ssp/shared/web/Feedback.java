package gov.cms.ssp.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the page's {@code <p:messages id="messages">}, shown after the request. */
public final class Feedback {
    private Feedback() {
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    /**
     * Puts each invalid-input message of a service call beside its field: the violation's last
     * property name (e.g. {@code cmsSetMinimumSavingsRate}) is looked up in {@code fields} (property →
     * client id, e.g. {@code manual:cmsMsr}); a property not there goes to the page's messages. Returns
     * false when the failure is not invalid input (then the caller rethrows it).
     */
    public static boolean besideFields(Throwable failure, java.util.Map<String, String> fields) {
        Throwable t = failure;
        while (t != null && !(t instanceof jakarta.validation.ConstraintViolationException)) {
            t = t.getCause();
        }
        if (t == null) {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        for (var v : ((jakarta.validation.ConstraintViolationException) t).getConstraintViolations()) {
            String leaf = null;
            for (var node : v.getPropertyPath()) {
                leaf = node.getName();
            }
            String clientId = leaf == null ? null : fields.get(leaf);
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
        }
        faces.validationFailed();
        return true;
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
