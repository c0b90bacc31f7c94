package org.datarequest.tracker.ops;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;
import org.datarequest.tracker.account.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code POST /api/backups}: an admin (HTTP Basic) has the running app back up its embedded H2 database. */
@Path("/api/backups")
public class BackupApi {

    @Schema(description = "The backup written: its file on the server and its size")
    public record Backup(String file, long bytes) {
    }

    private final H2Backup backup;

    public BackupApi(H2Backup backup) {
        this.backup = backup;
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Back up the embedded H2 database to a zip file in tracker.backup-dir (admins)")
    @APIResponse(responseCode = "201", description = "Backed up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Backup.class)))
    @APIResponse(responseCode = "409", description = "The database is not an H2 file (PostgreSQL is backed up with its own tools)")
    public Response backUp() throws SQLException, IOException {
        try {
            H2Backup.Result result = backup.backUp();
            return Response.status(201)
                    .entity(new Backup(result.file().toString(), result.bytes())).build();
        } catch (H2Backup.NotAnH2FileException e) {
            return problem(409, "Conflict", e.getMessage());
        }
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(problem(401, "Unauthorized", "Authenticate as an admin account."))
                .header("WWW-Authenticate", "Basic realm=\"tracker\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "Forbidden", "Only an admin account may back up the database.");
    }

    private static Response problem(int status, String title, String detail) {
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("type", "about:blank", "title", title, "status", status, "detail", detail)).build();
    }
}
