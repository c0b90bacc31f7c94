package org.datarequest.tracker.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.web.InvalidInput;
import org.datarequest.tracker.web.Links;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The communications import for editors: upload, preview (nothing written), then apply all or nothing, like the
 * cell import. The apply form carries only the file's SHA-256; the file waits on the server ({@link ImportUploads}).
 */
@Path("/requests/{slug}/communications/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
@Transactional(Transactional.TxType.SUPPORTS)
public class CommunicationImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(DataRequest request, Links links, Integer applied, List<String> columns,
                                              CommunicationCsv.Result result, String sha256, String problem);
    }

    private final CommunicationCsv csv;
    private final ImportUploads uploads;
    private final SecurityIdentity identity;

    public CommunicationImportPage(CommunicationCsv csv, ImportUploads uploads, SecurityIdentity identity) {
        this.csv = csv;
        this.uploads = uploads;
        this.identity = identity;
    }

    @GET
    public TemplateInstance upload(@RestPath String slug, @RestQuery Integer applied) {
        DataRequest request = Requests.bySlug(slug);
        return Templates.upload(request, new Links(request.slug, null), applied, CommunicationCsv.COLUMNS, null,
                null, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestPath String slug, @RestForm("file") FileUpload file) {
        DataRequest request = Requests.bySlug(slug);
        CommunicationCsv.Result result;
        String sha256 = null;
        if (file == null || file.uploadedFile() == null) {
            result = new CommunicationCsv.Result(List.of(), List.of(ImportError.ofFile("Choose a CSV file to upload.")),
                    List.of());
        } else if (file.size() > UploadedCsv.MAX_BYTES) {
            result = new CommunicationCsv.Result(List.of(), List.of(UploadedCsv.tooLarge(file.size())), List.of());
        } else {
            byte[] content = read(file);
            result = csv.read(request, content);
            if (result.canApply()) {
                sha256 = UploadedCsv.sha256(content);
                uploads.keep(user(), request.id, sha256, content, Map.of());
            }
        }
        return Response.status(result.errors().isEmpty() ? 200 : 422)
                .entity(Templates.upload(request, new Links(request.slug, null), null, CommunicationCsv.COLUMNS,
                        result, sha256, null)).build();
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@RestPath String slug, @RestForm String sha256) {
        DataRequest request = Requests.bySlug(slug);
        Optional<ImportUploads.Upload> upload = sha256 == null ? Optional.empty()
                : uploads.find(user(), request.id, sha256);
        String problem = "This preview is no longer available (previews are kept for an hour, and only until the"
                + " file is applied). Upload the file again.";
        if (upload.isPresent()) {
            try {
                int added = csv.apply(request, upload.get().content(), user());
                uploads.forget(user(), request.id, sha256);
                return Response.seeOther(URI.create("/requests/" + request.slug + "/communications/import?applied="
                        + added)).build();
            } catch (InvalidInput invalid) {
                problem = "The file no longer passes the checks, so nothing was imported. Upload it again.";
            }
        }
        return Response.status(Response.Status.CONFLICT).entity(Templates.upload(request,
                new Links(request.slug, null), null, CommunicationCsv.COLUMNS, null, null, problem)).build();
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
