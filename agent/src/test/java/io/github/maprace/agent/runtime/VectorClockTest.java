package io.github.maprace.agent.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VectorClockTest {

    @Test
    void shouldStartAllZero() {
        VectorClock c = new VectorClock();

        assertThat(c.get(0)).isZero();
        assertThat(c.get(7)).isZero();
        assertThat(c.get(1000)).isZero();
    }

    @Test
    void shouldTakePointwiseMaximumOnJoin() {
        VectorClock a = new VectorClock();
        a.set(0, 5);
        a.set(1, 1);
        VectorClock b = new VectorClock();
        b.set(0, 2);
        b.set(1, 7);
        b.set(2, 3);

        a.join(b);

        assertThat(a.get(0)).isEqualTo(5);
        assertThat(a.get(1)).isEqualTo(7);
        assertThat(a.get(2)).isEqualTo(3);
        assertThat(b.get(0)).as("the argument is unchanged").isEqualTo(2);
    }

    @Test
    void shouldGrowWhenJoiningALongerClock() {
        VectorClock small = new VectorClock();
        small.set(0, 1);
        VectorClock big = new VectorClock();
        big.set(200, 9);

        small.join(big);

        assertThat(small.get(0)).isEqualTo(1);
        assertThat(small.get(200)).isEqualTo(9);
    }

    @Test
    void shouldJoinAShorterClockIntoALongerOne() {
        VectorClock big = new VectorClock();
        big.set(100, 4);
        VectorClock small = new VectorClock();
        small.set(3, 2);

        big.join(small);

        assertThat(big.get(3)).isEqualTo(2);
        assertThat(big.get(100)).isEqualTo(4);
    }

    @Test
    void shouldGrowWhenSettingOrTickingAHighIndex() {
        VectorClock c = new VectorClock();

        c.set(70, 3);
        c.tick(70);
        c.tick(500);

        assertThat(c.get(70)).isEqualTo(4);
        assertThat(c.get(500)).isEqualTo(1);
        assertThat(c.get(499)).isZero();
    }

    @Test
    void shouldMakeAnIndependentCopy() {
        VectorClock c = new VectorClock();
        c.set(1, 3);

        VectorClock copy = c.copy();
        c.tick(1);
        copy.set(2, 8);

        assertThat(copy.get(1)).isEqualTo(3);
        assertThat(c.get(1)).isEqualTo(4);
        assertThat(c.get(2)).isZero();
    }

    @Test
    void shouldCoverEpochsAtOrBelowItsEntry() {
        VectorClock c = new VectorClock();
        c.set(3, 5);

        assertThat(c.covers(Epoch.of(3, 4))).isTrue();
        assertThat(c.covers(Epoch.of(3, 5))).isTrue();
        assertThat(c.covers(Epoch.of(3, 6))).isFalse();
        assertThat(c.covers(Epoch.of(4, 1))).isFalse();
        assertThat(c.covers(Epoch.of(900, 1))).as("index beyond the array").isFalse();
    }

    @Test
    void shouldPrintItsEntries() {
        VectorClock c = new VectorClock();
        c.set(0, 2);

        assertThat(c.toString()).startsWith("[2, 0");
    }
}
