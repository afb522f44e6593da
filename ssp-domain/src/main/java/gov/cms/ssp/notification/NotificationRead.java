package gov.cms.ssp.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That one user has read one notice (a notice to an ACO is read by each of its people on their own). */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {
    @Id
    @Column(name = "notification_id")
    private long notificationId;

    @Id
    @Column(name = "user_name", length = 100)
    private String userName;

    protected NotificationRead() {
    }

    public NotificationRead(long notificationId, String userName) {
        this.notificationId = notificationId;
        this.userName = Objects.requireNonNull(userName);
    }

    public long getNotificationId() { return notificationId; }
    public String getUserName() { return userName; }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long notificationId;
        private String userName;

        public Key() {
        }

        public Key(long notificationId, String userName) {
            this.notificationId = notificationId;
            this.userName = userName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.notificationId == notificationId && Objects.equals(k.userName, userName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(notificationId, userName);
        }
    }
}
