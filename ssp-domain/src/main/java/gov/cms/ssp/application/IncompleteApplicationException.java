package gov.cms.ssp.application;

import gov.cms.ssp.shared.BusinessException;
import java.util.List;
import java.util.stream.Collectors;

/** Submission refused: every problem of every section at once, not just the first. */
public class IncompleteApplicationException extends BusinessException {
    private final transient List<Problem> problems;

    public IncompleteApplicationException(List<Problem> problems) {
        super("The application cannot be submitted yet; " + problems.size() + " thing"
                + (problems.size() == 1 ? " needs" : "s need") + " your attention: "
                + problems.stream().map(p -> p.section().label() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
