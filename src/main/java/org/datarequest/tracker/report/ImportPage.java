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
import java.util.Optional;
import org.datarequest.tracker.account.Role;
import org.datarequest.tracker.cell.CellChange;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.Requests;
import org.datarequest.tracker.cell.EditConflictException;
import org.datarequest.tracker.web.Links;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The CSV import for editors: upload, preview (nothing written), then apply all or nothing. The apply form
 * carries only the file's SHA-256; the file itself waits on the server ({@link ImportUploads}).
 */
@Path("/requests/{slug}/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR)
@Transactional(Transactional.TxType.SUPPORTS)
public class ImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(DataRequest request, Links links, Integer applied, int maxKb, int maxRows);

        static native TemplateInstance preview(DataRequest request, Links links, ImportPreview preview, int maxKb,
                                               int maxRows);

        static native TemplateInstance conflict(DataRequest request, Links links, String reason,
                                                List<EditConflictException.Conflict> conflicts);
    }

    private final CsvImport csvImport;
    private final ImportUploads uploads;
    private final SecurityIdentity identity;

    public ImportPage(CsvImport csvImport, ImportUploads uploads, SecurityIdentity identity) {
        this.csvImport = csvImport;
        this.uploads = uploads;
        this.identity = identity;
    }

    @GET
    public TemplateInstance upload(@RestPath String slug, @RestQuery Integer applied) {
        DataRequest request = Requests.bySlug(slug);
        return Templates.upload(request, new Links(request.slug, null), applied, UploadedCsv.MAX_BYTES / 1024,
                ImportReader.MAX_ROWS);
    }

    /**
     * Step 1: reads the file and shows what it would do. Keeps the file only when it can be applied. A file with
     * errors is shown with them, as a 422: nothing from it can be applied.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestPath String slug, @RestForm("file") FileUpload file) {
        DataRequest request = Requests.bySlug(slug);
        ImportPreview preview;
        if (file == null || file.uploadedFile() == null) {
            preview = ImportPreview.rejected(ImportError.ofFile("Choose a CSV file to upload."));
        } else if (file.size() > UploadedCsv.MAX_BYTES) {
            preview = ImportPreview.rejected(UploadedCsv.tooLarge(file.size()));
        } else {
            byte[] content = read(file);
            preview = csvImport.preview(request, content);
            if (preview.canApply()) {
                uploads.keep(user(), request.id, preview.sha256(), content, preview.versionsSeen());
            }
        }
        return Response.status(preview.errors().isEmpty() ? 200 : 422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.preview(request, new Links(request.slug, null), preview,
                        UploadedCsv.MAX_BYTES / 1024, ImportReader.MAX_ROWS)).build();
    }

    /** Step 2: applies the previewed file, or explains why not (409) with nothing written. */
    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@RestPath String slug, @RestForm String sha256) {
        DataRequest request = Requests.bySlug(slug);
        Links links = new Links(request.slug, null);
        Optional<ImportUploads.Upload> upload = sha256 == null ? Optional.empty()
                : uploads.find(user(), request.id, sha256);
        if (upload.isEmpty()) {
            return conflict(request, links, "This preview is no longer available (previews are kept for an hour,"
                    + " and only until the file is applied). Upload the file again.", List.of());
        }
        try {
            List<CellChange> changes = csvImport.apply(request, upload.get().content(), upload.get().versionsSeen(), user());
            uploads.forget(user(), request.id, sha256);
            return Response.seeOther(URI.create(links.importPage() + "?applied=" + changes.size())).build();
        } catch (EditConflictException e) {
            return conflict(request, links, "Someone saved these cells after your preview, so nothing was imported."
                    + " Upload the file again to see a fresh preview.", e.conflicts);
        } catch (CsvImport.NoLongerValidException e) {
            return conflict(request, links, "The file no longer passes the checks (for example a date that was today"
                    + " at preview). Nothing was imported. Upload it again.", List.of());
        }
    }

    private Response conflict(DataRequest request, Links links, String reason,
                              List<EditConflictException.Conflict> conflicts) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.conflict(request, links, reason, conflicts)).build();
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            // an upload that vanished from the temporary directory reads as empty and is reported so
            return new byte[0];
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
