package gov.cms.ssp.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Messages for the page. A message about a field goes beside that field (each form field has its
 * {@code <p:message for>} in its cell); only messages about the page as a whole go to the page's
 * {@code <p:messages id="messages">}, which shows no field's message (layout.xhtml), so none is
 * shown twice.
 */
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

    /** An error about one field, shown beside it: {@code clientId} as in {@code manual:cmsMsr}. */
    public static void errorFor(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Puts each invalid-input message of a service call beside its field: the violation's last
     * property name (e.g. {@code cmsSetMinimumSavingsRate}) is looked up in {@code fields} (property →
     * client id, e.g. {@code manual:cmsMsr}), else it is the id of a shown input of the page (an input
     * named as its property, e.g. {@code tin}); a property found neither way goes to the page's
     * messages. Returns false when the failure is not invalid input (then the caller rethrows it).
     */
    public static boolean besideFields(Throwable failure, Map<String, String> fields) {
        Throwable t = failure;
        while (t != null && !(t instanceof jakarta.validation.ConstraintViolationException)) {
            t = t.getCause();
        }
        if (t == null) {
            return false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (var v : ((jakarta.validation.ConstraintViolationException) t).getConstraintViolations()) {
            String leaf = null;
            for (var node : v.getPropertyPath()) {
                leaf = node.getName();
            }
            String clientId = leaf == null ? null : fields.getOrDefault(leaf, shownInput(faces, leaf));
            // two constraints of one field (e.g. size and digits) say it once
            if (shown.add(clientId + "\u0000" + v.getMessage())) {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
            }
        }
        faces.validationFailed();
        return true;
    }

    /** The client id of the rendered input whose id is {@code id}, outside tables; null when there is none. */
    public static String shownInput(FacesContext faces, String id) {
        UIComponent found = faces.getViewRoot() == null ? null : find(faces.getViewRoot(), id);
        return found == null ? null : found.getClientId(faces);
    }

    private static UIComponent find(UIComponent parent, String id) {
        if (!parent.isRendered() || parent instanceof UIData) {
            return null;
        }
        if (parent instanceof UIInput && id.equals(parent.getId())) {
            return parent;
        }
        var children = parent.getFacetsAndChildren();
        while (children.hasNext()) {
            UIComponent hit = find(children.next(), id);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
