package org.datarequest.tracker.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Recent failed logins under one throttle key (an account at an address, or an address). */
@Entity
@Table(name = "login_throttle")
public class LoginFailures extends PanacheEntityBase {

    @Id
    @Column(name = "throttle_key")
    public String key;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failure_at", nullable = false)
    public Instant lastFailureAt;

    @Column(name = "blocked_until", nullable = false)
    public Instant blockedUntil;
}
