package org.datarequest.tracker.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.datarequest.tracker.TestRequests;
import org.datarequest.tracker.request.DataRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CellEditorTest {

    @Inject
    TestRequests requests;

    @Inject
    CellEditor editor;

    @Inject
    CellStates cellStates;

    private DataRequest request;

    @BeforeEach
    void twoFieldsInTexas() {
        request = requests.create(2, List.of("TX"));
    }

    @Test
    void onlyCellsWhoseValueChangesGetAChange() {
        List<CellChange> first = editor.apply(request, List.of(edit("f1", 0, Status.REFUSED),
                edit("f2", 0, Status.NO_RESPONSE, null)), Saving.by("ed", ChangeSet.Method.FORM, null));
        assertEquals(1, first.size());
        assertEquals("f1", QuarkusTransaction.requiringNew().call(() -> CellChange.<CellChange>findById(first.get(0).id).field.key));
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsWritten() {
        editor.apply(request, List.of(edit("f1", 0, Status.REFUSED)), Saving.by("first", ChangeSet.Method.FORM, null));
        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> editor.apply(request, List.of(edit("f2", 0, Status.WILL_PROVIDE), edit("f1", 0, Status.PROVIDED)), Saving.by("second", ChangeSet.Method.FORM, null)));
        assertEquals(1, conflict.conflicts.size());
        assertEquals(Status.REFUSED, conflict.conflicts.get(0).current().status());
        assertEquals(Status.PROVIDED, conflict.conflicts.get(0).yours().value().status());
        assertEquals(1, changes());
    }

    @Test
    void twoConcurrentSavesFromTheSameVersionRecordOneChangeAndOneConflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Status status : List.of(Status.REFUSED, Status.WILL_PROVIDE)) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    editor.apply(request, List.of(edit("f1", 0, status)), Saving.by("editor-" + status, ChangeSet.Method.FORM, null));
                    return "saved";
                } catch (EditConflictException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        Collections.sort(results);
        assertEquals(List.of("conflict", "saved"), results);
        assertEquals(1, changes());
    }

    @Test
    void anUnknownFieldIsRefusedAndNothingIsWritten() {
        assertThrows(CellEditor.UnknownCellException.class,
                () -> editor.apply(request, List.of(edit("f1", 0, Status.REFUSED), edit("nope", 0, Status.REFUSED)), Saving.by("ed", ChangeSet.Method.FORM, null)));
        assertEquals(0, changes());
    }

    @Test
    void verifyingStampsTheCellWithoutAChangeOrANewVersion() {
        assertEquals(2, editor.verify(request, "TX", List.of("f1", "f2"), "checker"));
        CellState cell = QuarkusTransaction.requiringNew().call(() -> cellStates.of(request.id, "TX", null).get(0));
        assertEquals("checker", cell.verifiedBy());
        assertTrue(cell.verifiedAt() != null);
        assertEquals(0, cell.version());
        assertEquals(0, changes());
    }

    private long changes() {
        return QuarkusTransaction.requiringNew().call(() -> CellChange.count("requestId", request.id));
    }

    private static CellEdit edit(String key, long version, Status status) {
        return edit(key, version, status, "a source");
    }

    private static CellEdit edit(String key, long version, Status status, String source) {
        return new CellEdit("TX", key, version,
                new CellValue(status, LocalDate.of(2025, 3, 2), null, null, null, null, source));
    }
}
