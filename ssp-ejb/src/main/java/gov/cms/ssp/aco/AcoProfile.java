package gov.cms.ssp.aco;

import java.util.List;

/** What an ACO's own people and CMS see of an ACO: the summary plus TIN and contacts. */
public record AcoProfile(AcoSummary summary, String tin, String doingBusinessAs, List<ContactView> contacts) {
    static AcoProfile of(Aco a) {
        return new AcoProfile(AcoSummary.of(a), a.getTin().value(), a.getDoingBusinessAs(),
                a.getContacts().stream().map(ContactView::of).toList());
    }
}
