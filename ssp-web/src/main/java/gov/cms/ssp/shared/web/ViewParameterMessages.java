package gov.cms.ssp.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A message about the page's address (a view parameter that is not a number, as in {@code ?id=abc})
 * is about the page as a whole: it goes to the page's message block, which shows no message of a
 * component (each field's is beside its field), instead of being lost.
 */
public class ViewParameterMessages implements PhaseListener {
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() == null) {
            return;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
            List<FacesMessage> moved = new ArrayList<>();
            for (Iterator<FacesMessage> it = faces.getMessages(parameter.getClientId(faces)); it.hasNext(); ) {
                moved.add(it.next());
                it.remove();
            }
            moved.forEach(m -> faces.addMessage(null, m));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after the page is written
    }
}
