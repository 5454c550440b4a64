package io.github.maprace.agent.runtime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EpochTest {

    @ParameterizedTest
    @CsvSource({"0,1", "1,1", "7,123456", "65535,2147483647", "2147483647,1", "3,-1"})
    void shouldPackAndUnpackThreadAndClock(int tid, int clock) {
        long e = Epoch.of(tid, clock);

        assertThat(Epoch.tid(e)).isEqualTo(tid);
        assertThat(Epoch.clock(e)).isEqualTo(clock);
    }

    @Test
    void shouldNeverPackARealEpochAsNone() {
        assertThat(Epoch.of(0, 1)).isNotEqualTo(Epoch.NONE);
        assertThat(Epoch.tid(Epoch.NONE)).isZero();
        assertThat(Epoch.clock(Epoch.NONE)).isZero();
    }

    @Test
    void shouldGiveDistinctEpochsForDistinctThreadsWithTheSameClock() {
        assertThat(Epoch.of(1, 5)).isNotEqualTo(Epoch.of(2, 5));
        assertThat(Epoch.of(1, 5)).isNotEqualTo(Epoch.of(1, 6));
    }
}
