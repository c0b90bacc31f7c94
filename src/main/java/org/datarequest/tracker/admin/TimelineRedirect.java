package org.datarequest.tracker.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.datarequest.tracker.account.Role;
import org.jboss.resteasy.reactive.RestPath;

/** The timeline administration's old addresses lead to the communications that replaced it. */
@Path("/admin/requests/{slug}/timeline")
@RolesAllowed(Role.EDITOR)
public class TimelineRedirect {

    @GET
    public Response timeline(@RestPath String slug) {
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create("/admin/requests/" + slug + "/communications")).build();
    }

    @GET
    @Path("{id}")
    public Response entry(@RestPath String slug, @RestPath long id) {
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .location(URI.create("/admin/requests/" + slug + "/communications/" + id)).build();
    }
}
