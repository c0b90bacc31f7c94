package org.datarequest.tracker.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.datarequest.tracker.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A field list may use the export's column names; columns it does not read are named, not refused. */
@QuarkusTest
@TestSecurity(user = "fields-admin", roles = {"viewer", "editor", "admin"})
class FieldFileTest {

    @Test
    void theExportsNamesAreReadAndOtherColumnsAreListedAsIgnored() {
        String csv = "position,field,field_label,wording,sensitivity,retired,comment\r\n"
                + "1,full_name,Full name,\"the full name, as registered\",PUBLIC,false,from the letter\r\n"
                + "2,ssn_last4,Last four of SSN,last four digits,PROTECTED,false,\r\n";
        FieldCsv.Parsed parsed = FieldCsv.parse(csv);
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of("full_name", "ssn_last4"), parsed.fields().stream().map(FieldSpec::key).toList());
        assertEquals(List.of("retired", "comment"), FieldCsv.ignoredColumns(csv));
        assertEquals(List.of(), FieldCsv.ignoredColumns("position,key,label,wording,sensitivity\n"));

        SecondRequestTest.createRequest("field-aliases-1").then().statusCode(303);
        SecondRequestTest.upload("field-aliases-1", csv).then().statusCode(303)
                .header("Location", containsString("ignored=retired"));
        String location = SecondRequestTest.upload("field-aliases-1", csv.replace("full_name", "middle_name")
                .replace("ssn_last4", "dob")).then().statusCode(303).extract().header("Location");
        Document page = Html.get(location.replaceFirst("^https?://[^/]+", ""));
        assertTrue(page.select(".flash").text().contains("Columns ignored: retired, comment."), page.select(".flash").text());
        given().get("/admin/requests/field-aliases-1/fields").then().statusCode(200)
                .body(containsString("Last four of SSN"));
    }
}
