package gov.cms.ssp.assignment;

/** An ACO's assignment methodology for the PY ({@code aco_settings.csv}). */
public enum AssignmentMethod {
    PROSPECTIVE, RETROSPECTIVE
}
