package gov.cms.ssp.shared.web;

import gov.cms.ssp.shared.AccessDeniedException;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.InvalidIdentifierException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolationException;
import java.util.Iterator;

/**
 * The one place where Faces turns failures a user can act on into messages on the page they are
 * on: business rule refusals and invalid input. Access refusals and anything unexpected go on to
 * the error pages (403, 500), never as a stack trace.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = rootBusinessCause(events.next().getContext().getException());
            if (cause instanceof BusinessException business && !(cause instanceof AccessDeniedException)
                    || cause instanceof InvalidIdentifierException) {
                Feedback.error(cause.getMessage());
                events.remove();
            } else if (cause instanceof ConstraintViolationException invalid) {
                // each message beside the field it is about (the input named as the property)
                Feedback.besideFields(invalid, java.util.Map.of());
                events.remove();
            }
        }
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            // the page's messages; a field's message is in the part of the form the action updates
            faces.getPartialViewContext().getRenderIds().add("messages");
        }
        getWrapped().handle();
    }

    static Throwable rootBusinessCause(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof BusinessException || current instanceof ConstraintViolationException
                    || current instanceof InvalidIdentifierException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
