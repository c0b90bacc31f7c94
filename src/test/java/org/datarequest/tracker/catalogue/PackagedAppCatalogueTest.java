package org.datarequest.tracker.catalogue;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datarequest.tracker.CsrfForms;
import org.datarequest.tracker.Login;
import org.datarequest.tracker.TestAccounts;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The same catalogue against a running packaged app ({@code scripts/catalogue-against-jar.sh} starts one and
 * greps its log for ERROR afterwards). Everything is set up over HTTP, as an admin would; the change log is
 * counted through the API and the timeline export. Runs only with {@code -Dcatalogue.url=…}.
 */
@EnabledIfSystemProperty(named = "catalogue.url", matches = ".+")
class PackagedAppCatalogueTest extends CatalogueRun {

    @Override
    protected void setUp() {
        RestAssured.baseURI = System.getProperty("catalogue.url");
        RestAssured.port = -1;
        admin = Login.as("admin", System.getProperty("catalogue.admin-password"));
        CsrfForms.Page accounts = CsrfForms.open("/admin/accounts", admin);
        for (String[] account : new String[][] {{"catalogue-editor", "editor"}, {"catalogue-viewer", "viewer"},
                {"catalogue-api", "editor"}, {"catalogue-api-viewer", "viewer"}}) {
            accounts.post().formParam("username", account[0]).formParam("role", account[1])
                    .formParam("password", TestAccounts.PASSWORD).when().post("/admin/accounts");
        }
        slug = "catalogue-" + Long.toString(System.currentTimeMillis(), 36);
        CsrfForms.Page requests = CsrfForms.open("/admin/requests/new", admin);
        requests.post().formParam("slug", slug).formParam("title", "Catalogue").formParam("requester", "Someone")
                .formParam("sentOn", "2025-03-01").formParam("deadline", "2025-04-01")
                .when().post("/admin/requests").then().statusCode(303);
        for (int i = 1; i <= 3; i++) {
            requests.post().formParam("key", "f" + i).formParam("label", "Field " + i).formParam("wording", "w")
                    .formParam("sensitivity", "PUBLIC").when().post("/admin/requests/" + slug + "/fields")
                    .then().statusCode(303);
        }
        requests.post().formParam("add", "NY").formParam("add", "TX")
                .when().post("/admin/requests/" + slug + "/coverage/add").then().statusCode(303);
        // A new request covers every jurisdiction; the catalogue needs California not covered.
        requests.post().formParam("code", "CA").when().post("/admin/requests/" + slug + "/coverage/remove")
                .then().statusCode(303);
        requests.post().formParam("retired", "true").when().post("/admin/requests/" + slug + "/fields/f3/retire")
                .then().statusCode(303);
        editor = Login.as("catalogue-editor", TestAccounts.PASSWORD);
        viewer = Login.as("catalogue-viewer", TestAccounts.PASSWORD);
        String page = CsrfForms.open("/admin/accounts", admin).document().select("table.accounts tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals("catalogue-viewer")).findFirst().orElseThrow()
                .selectFirst("form").attr("action");
        Matcher id = Pattern.compile("/admin/accounts/(\\d+)/").matcher(page);
        someAccount = id.find() ? Long.parseLong(id.group(1)) : 0;
    }

    @Override
    protected long changeLogSize() {
        Response changes = given().auth().preemptive().basic("catalogue-api", TestAccounts.PASSWORD)
                .when().get("/api/requests/" + slug + "/changes");
        long timelineLines = given().cookie(Login.COOKIE, admin).when()
                .get("/requests/" + slug + "/export/timeline.csv").body().asString().lines().count();
        return changes.jsonPath().getLong("total") + timelineLines;
    }

    @Override
    protected ErrorLog errorLog() {
        return null;
    }
}
