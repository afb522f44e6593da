package gov.cms.ssp.application;

import java.util.Objects;

/** Something missing or wrong in one field of one section, in words the ACO can act on. */
public record Problem(ApplicationSection section, String field, String message) {
    public Problem {
        Objects.requireNonNull(section);
        Objects.requireNonNull(message);
    }

    public String sectionLabel() {
        return section.label();
    }
}
