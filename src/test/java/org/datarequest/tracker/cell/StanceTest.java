package org.datarequest.tracker.cell;

import static org.datarequest.tracker.cell.Status.CONDITIONAL;
import static org.datarequest.tracker.cell.Status.NOT_COLLECTED;
import static org.datarequest.tracker.cell.Status.NOT_REQUESTED;
import static org.datarequest.tracker.cell.Status.NO_RESPONSE;
import static org.datarequest.tracker.cell.Status.ON_HOLD;
import static org.datarequest.tracker.cell.Status.PROVIDED;
import static org.datarequest.tracker.cell.Status.REFUSED;
import static org.datarequest.tracker.cell.Status.REVIEWING;
import static org.datarequest.tracker.cell.Status.WILL_PROVIDE;
import static org.datarequest.tracker.cell.Status.WITHHELD_BY_LAW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceTest {

    @Test
    void everyFieldGivenOrNotCollectedIsFull() {
        assertEquals(Stance.FULL, Stance.of(List.of(PROVIDED, WILL_PROVIDE, NOT_COLLECTED)));
        assertEquals(Stance.FULL, Stance.of(List.of(WILL_PROVIDE)));
    }

    @Test
    void notCollectedAloneIsNotFull() {
        assertEquals(Stance.PENDING, Stance.of(List.of(NOT_COLLECTED, NOT_COLLECTED)));
    }

    @Test
    void givingSomeAndKeepingSomeBackIsPartial() {
        assertEquals(Stance.PARTIAL, Stance.of(List.of(WILL_PROVIDE, WITHHELD_BY_LAW, NO_RESPONSE)));
        assertEquals(Stance.PARTIAL, Stance.of(List.of(PROVIDED, REFUSED)));
    }

    @Test
    void conditionalWithSomethingKeptBackIsPartialNotConditional() {
        assertEquals(Stance.PARTIAL, Stance.of(List.of(CONDITIONAL, REFUSED)));
    }

    @Test
    void refusedOrWithheldEverywhereIsRefused() {
        assertEquals(Stance.REFUSED, Stance.of(List.of(REFUSED, REFUSED)));
        assertEquals(Stance.REFUSED, Stance.of(List.of(WITHHELD_BY_LAW, NOT_COLLECTED, REFUSED)));
    }

    @Test
    void refusedWithAFieldStillOpenIsPending() {
        assertEquals(Stance.PENDING, Stance.of(List.of(REFUSED, NO_RESPONSE)));
    }

    @Test
    void anyConditionalWithoutRefusalIsConditional() {
        assertEquals(Stance.CONDITIONAL, Stance.of(List.of(CONDITIONAL, NO_RESPONSE)));
        assertEquals(Stance.CONDITIONAL, Stance.of(List.of(CONDITIONAL, REVIEWING, ON_HOLD)));
    }

    @Test
    void fullRuleIsCheckedBeforeConditional() {
        // A cell Conditional rules Full out; with a Will provide beside it, Conditional is what remains.
        assertEquals(Stance.CONDITIONAL, Stance.of(List.of(CONDITIONAL, WILL_PROVIDE)));
    }

    @Test
    void noAnswerReviewingOrOnHoldIsPending() {
        assertEquals(Stance.PENDING, Stance.of(List.of(NO_RESPONSE, REVIEWING, ON_HOLD)));
        assertEquals(Stance.PENDING, Stance.of(List.of()));
    }

    @Test
    void givingWithSomeStillOpenIsPending() {
        assertEquals(Stance.PENDING, Stance.of(List.of(WILL_PROVIDE, NO_RESPONSE)));
    }

    @Test
    void fieldsNotRequestedAreLeftOutOfEveryRule() {
        assertEquals(Stance.FULL, Stance.of(List.of(PROVIDED, NOT_REQUESTED, WILL_PROVIDE, NOT_REQUESTED)));
        assertEquals(Stance.FULL, Stance.of(List.of(NOT_REQUESTED, PROVIDED, NOT_COLLECTED)));
        assertEquals(Stance.PARTIAL, Stance.of(List.of(WILL_PROVIDE, NOT_REQUESTED, WITHHELD_BY_LAW)));
        assertEquals(Stance.REFUSED, Stance.of(List.of(REFUSED, NOT_REQUESTED)));
        assertEquals(Stance.CONDITIONAL, Stance.of(List.of(CONDITIONAL, NOT_REQUESTED, NO_RESPONSE)));
        assertEquals(Stance.PENDING, Stance.of(List.of(NOT_REQUESTED, NO_RESPONSE, WILL_PROVIDE)));
    }

    @Test
    void aJurisdictionAskedForNothingIsPending() {
        assertEquals(Stance.PENDING, Stance.of(List.of(NOT_REQUESTED, NOT_REQUESTED)));
    }
}
