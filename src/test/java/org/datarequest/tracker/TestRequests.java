package org.datarequest.tracker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.datarequest.tracker.jurisdiction.Jurisdiction;
import org.datarequest.tracker.request.DataRequest;
import org.datarequest.tracker.request.FieldSpec;
import org.datarequest.tracker.request.RequestSetup;
import org.datarequest.tracker.request.Sensitivity;

/** Builds requests of its own for a test, each with a fresh slug, so no test depends on another's data. */
@ApplicationScoped
public class TestRequests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RequestSetup setup;

    public TestRequests(RequestSetup setup) {
        this.setup = setup;
    }

    /** A request sent on 1 March 2025 with {@code fieldCount} fields (f1, f2…) covering {@code codes}. */
    @Transactional
    public DataRequest create(int fieldCount, List<String> codes) {
        DataRequest request = new DataRequest();
        request.slug = "test-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
        request.title = "Test request " + request.slug;
        request.requester = "Test requester";
        request.sentOn = LocalDate.of(2025, 3, 1);
        request.deadline = LocalDate.of(2025, 4, 1);
        request.createdAt = Instant.now();
        List<FieldSpec> fields = new ArrayList<>();
        Sensitivity[] sensitivities = Sensitivity.values();
        for (int i = 1; i <= fieldCount; i++) {
            fields.add(new FieldSpec(i, "f" + i, "Field " + i, "wording of field " + i,
                    sensitivities[(i - 1) % sensitivities.length]));
        }
        List<Jurisdiction> covered = codes.stream().map(code -> Jurisdiction.<Jurisdiction>findById(code)).toList();
        return setup.create(request, fields, covered);
    }

    @Transactional
    public DataRequest createCoveringAll(int fieldCount) {
        return create(fieldCount, Jurisdiction.<Jurisdiction>listAll().stream().map(j -> j.code).toList());
    }
}
