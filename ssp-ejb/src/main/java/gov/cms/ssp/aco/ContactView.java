package gov.cms.ssp.aco;

public record ContactView(ContactRole role, String roleLabel, String name, String title, String email, String phone,
                          long version) {
    public static ContactView of(AcoContact c) {
        return new ContactView(c.getRole(), c.getRole().label(), c.getName(), c.getTitle(), c.getEmail(), c.getPhone(),
                c.getVersion());
    }

    /** Name, role and title only: how a person is shown to the public. */
    public ContactView withoutContactDetails() {
        return new ContactView(role, roleLabel, name, title, null, null, version);
    }
}
