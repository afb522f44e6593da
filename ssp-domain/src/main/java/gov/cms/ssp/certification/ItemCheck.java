package gov.cms.ssp.certification;

/** One part of the package as checked before signing: is it complete and valid, and if not, why. */
public record ItemCheck(CertificationItem item, boolean valid, String detail) {
    public static ItemCheck ok(CertificationItem item, String detail) {
        return new ItemCheck(item, true, detail);
    }

    public static ItemCheck problem(CertificationItem item, String why) {
        return new ItemCheck(item, false, why);
    }

    public String label() {
        return item.label();
    }
}
