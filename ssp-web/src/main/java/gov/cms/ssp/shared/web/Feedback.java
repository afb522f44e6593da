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

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
