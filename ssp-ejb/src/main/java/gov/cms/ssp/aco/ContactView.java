package gov.cms.ssp.aco;

public record ContactView(ContactRole role, String roleLabel, String name, String title, String email, String phone,
                          long version) {
    public static ContactView of(AcoContact c) {
        return new ContactView(c.getRole(), c.getRole().label(), c.getName(), c.getTitle(), c.getEmail(), c.getPhone(),
                c.getVersion());
    }
}
