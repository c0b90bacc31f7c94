package org.datarequest.tracker.example;

import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.FieldCsv;
import org.datarequest.tracker.request.FieldSpec;
import org.datarequest.tracker.request.RequestSetup;
import org.datarequest.tracker.communication.Communication;
import org.datarequest.tracker.communication.DatePrecision;
import org.datarequest.tracker.communication.Direction;
import org.datarequest.tracker.communication.Kind;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.datarequest.tracker.TrackerConfig;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.cell.CellValue;
import org.datarequest.tracker.cell.ChangeSet;
import org.datarequest.tracker.cell.Saving;
import org.datarequest.tracker.cell.ChangeRecorder;
import org.datarequest.tracker.cell.Cell;
import org.datarequest.tracker.cell.Status;

/**
 * Loads the 2017 commission request into an empty database on first start: the request, its 13 fields,
 * its coverage (50 states and DC), what the early-July 2017 reports said (recorded as changes, as staff
 * would have) and the request's timeline. Switched off with {@code tracker.seed-example-data=false}.
 */
@ApplicationScoped
public class ExampleData {

    public static final String SLUG = "pacei-2017";
    static final String RECORDED_BY = "example-data";
    private static final String NEWS = "News report of early July 2017, citing Time Magazine";
    private static final String NEWS_AND_NASS = NEWS + "; NASS tally of 3 July 2017";

    private final TrackerConfig config;
    private final RequestSetup setup;
    private final ChangeRecorder recorder;

    public ExampleData(TrackerConfig config, RequestSetup setup, ChangeRecorder recorder) {
        this.config = config;
        this.setup = setup;
        this.recorder = recorder;
    }

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!config.seedExampleData() || DataRequest.count() > 0) {
            return;
        }
        load();
        Log.infof("Loaded the example request %s (the 2017 commission letter)", SLUG);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DataRequest load() {
        DataRequest request = setup.create(request(), fields(), Jurisdiction.statesAndDistrict());
        refuseEverything(request, "NY", LocalDate.of(2017, 6, 30),
                "Governor Andrew Cuomo said New York would not provide the data.");
        refuseEverything(request, "CA", LocalDate.of(2017, 6, 29),
                "Secretary of State Alex Padilla said California would not provide the data.");
        refuseEverything(request, "VA", LocalDate.of(2017, 6, 29),
                "Governor Terry McAuliffe said Virginia would not honour the request.");
        connecticut(request);
        timeline(request);
        return request;
    }

    private static DataRequest request() {
        DataRequest request = new DataRequest();
        request.slug = SLUG;
        request.title = "Presidential Advisory Commission on Election Integrity — request for voter roll data";
        request.requester = "Presidential Advisory Commission on Election Integrity (vice chair Kris Kobach)";
        request.sentOn = LocalDate.of(2017, 6, 28);
        request.deadline = LocalDate.of(2017, 7, 14);
        request.description = "A letter to the chief election official of every state and DC asking for the"
                + " publicly available voter-roll data, \"if publicly available under the laws of your state\","
                + " to be sent by 14 July 2017.";
        request.sourceTitle = "The commission's letter of 28 June 2017, as published (copies sent to Alabama and"
                + " North Carolina)";
        request.createdAt = Instant.now();
        return request;
    }

    private static List<FieldSpec> fields() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                ExampleData.class.getResourceAsStream("/seed/request_fields_2017_pacei.csv")), StandardCharsets.UTF_8)) {
            return FieldCsv.read(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void refuseEverything(DataRequest request, String code, LocalDate day, String note) {
        ChangeSet set = recorder.open(request, new Saving(RECORDED_BY, ChangeSet.Method.EXAMPLE,
                code + " refuses every field", null, NEWS));
        for (Cell cell : cellsOf(request, code)) {
            recorder.record(cell, set, new CellValue(Status.REFUSED, day, note, null, null, null, NEWS));
        }
    }

    /** Public data only: protected fields withheld by law, public ones offered, restricted ones not yet answered. */
    private void connecticut(DataRequest request) {
        LocalDate day = LocalDate.of(2017, 6, 30);
        ChangeSet set = recorder.open(request, new Saving(RECORDED_BY, ChangeSet.Method.EXAMPLE,
                "CT offers public data only", null, NEWS_AND_NASS));
        for (Cell cell : cellsOf(request, "CT")) {
            CellValue value = switch (cell.field.sensitivity) {
                case PROTECTED -> new CellValue(Status.WITHHELD_BY_LAW, day,
                        "Connecticut said it would withhold data that its law protects.",
                        "Connecticut law on confidential voter information", null, null, NEWS_AND_NASS);
                case PUBLIC -> new CellValue(Status.WILL_PROVIDE, day,
                        "Public data only, as NASS reported on 3 July 2017.", null, null, null, NEWS_AND_NASS);
                case RESTRICTED -> new CellValue(Status.NO_RESPONSE, day,
                        "Connecticut intends to withhold protected data; nothing said yet about this field.",
                        null, null, null, NEWS_AND_NASS);
            };
            recorder.record(cell, set, value);
        }
    }

    private static List<Cell> cellsOf(DataRequest request, String code) {
        return Cell.find("select r from Cell r join fetch r.field f where r.request = ?1"
                + " and r.jurisdiction.code = ?2 order by f.position", request, code).list();
    }

    private static void timeline(DataRequest request) {
        entry(request, Kind.LETTER, LocalDate.of(2017, 6, 28), null, "Kris Kobach",
                "Vice chair, Presidential Advisory Commission on Election Integrity",
                "if publicly available under the laws of your state",
                "The commission asks every state and DC for its voter-roll data.");
        entry(request, Kind.STATEMENT, LocalDate.of(2017, 6, 29), "CA", "Alex Padilla",
                "California Secretary of State",
                "I will not provide sensitive voter information to a commission that has already inaccurately"
                        + " passed judgment that millions of Californians voted illegally.",
                "California refuses to provide the data.");
        entry(request, Kind.STATEMENT, LocalDate.of(2017, 6, 29), "VA", "Terry McAuliffe",
                "Governor of Virginia", "I have no intention of honoring this request.",
                "Virginia refuses to provide the data.");
        entry(request, Kind.STATEMENT, LocalDate.of(2017, 6, 30), "NY", "Andrew Cuomo",
                "Governor of New York",
                "New York refuses to perpetuate the myth voter fraud played a role in our election.",
                "New York refuses to provide the data.");
        entry(request, Kind.DEADLINE, LocalDate.of(2017, 7, 14), null, null, null, null,
                "The deadline the letter set for the states' answers.");
    }

    private static void entry(DataRequest request, Kind kind, LocalDate day, String code,
                              String speaker, String office, String quote, String summary) {
        Communication entry = new Communication();
        entry.request = request;
        entry.kind = kind;
        entry.direction = kind == Kind.LETTER ? Direction.TO_JURISDICTION
                : code != null ? Direction.FROM_JURISDICTION : Direction.THIRD_PARTY;
        entry.date(day, DatePrecision.DAY);
        entry.jurisdiction = code == null ? null : Jurisdiction.findById(code);
        entry.speaker = speaker;
        entry.office = office;
        entry.quote = quote;
        entry.title = summary;
        entry.sourceTitle = kind == Kind.STATEMENT ? NEWS : request.sourceTitle;
        entry.persist();
    }
}
