package gov.cms.ssp.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The real SMTP server the application's e-mail goes to in the tests (GreenMail on port 3025, where
 * {@code ./ssp test} points the server's mail session). Started once for the whole run; mail from
 * earlier tests is still in it, so a test looks for its own message by recipient and subject.
 */
final class Mailbox {
    static final int PORT = 3025;
    private static GreenMail server;

    private Mailbox() {
    }

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Waits, at most {@code within}, for a message to {@code to} whose subject contains {@code subjectPart}. */
    static Message await(String to, String subjectPart, Duration within) {
        start();
        long deadline = System.nanoTime() + within.toNanos();
        do {
            Optional<Message> found = Arrays.stream(server.getReceivedMessages()).map(Message.class::cast)
                    .filter(m -> matches(m, to, subjectPart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no e-mail to " + to + " about '" + subjectPart + "' within " + within.toSeconds() + " s");
    }

    static long count(String to, String subjectPart) {
        start();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> matches(m, to, subjectPart)).count();
    }

    private static boolean matches(Message m, String to, String subjectPart) {
        try {
            return m.getSubject() != null && m.getSubject().contains(subjectPart)
                    && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to));
        } catch (MessagingException e) {
            return false;
        }
    }
}
