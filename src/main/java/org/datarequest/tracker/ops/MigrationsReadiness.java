package org.datarequest.tracker.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Ready only when the database answers and holds every migration this build carries: an instance started
 * against a database another instance is still migrating, or one left behind by a failed migration, takes no
 * traffic. (The connection pool's own check sits beside this one.)
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    private final Flyway flyway;

    public MigrationsReadiness(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Database migrations");
        try {
            MigrationInfoService info = flyway.info();
            MigrationInfo current = info.current();
            int pending = info.pending().length;
            return response.status(pending == 0 && current != null)
                    .withData("schema-version", current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending)
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
