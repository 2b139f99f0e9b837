package eu.goodpractice.transfer.engagement.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored link format: commas around every id, so one id is found exactly, and read back as written. */
class LinkedIdsTest {
    @Test
    void writesCommasAroundEveryIdAndReadsThemBack() {
        assertThat(LinkedIds.join(List.of(3, 17))).isEqualTo(",3,17,");
        assertThat(LinkedIds.parse(",3,17,", Integer::valueOf)).containsExactly(3, 17);
        assertThat(LinkedIds.parse(", 900 ,101,")).containsExactly(900L, 101L);
    }

    @Test
    void noneIsNullOrEmptyTextAsTheColumnNeeds() {
        assertThat(LinkedIds.joinOrNull(List.of())).isNull();
        assertThat(LinkedIds.join(List.of())).isEqualTo(",,");
        assertThat(LinkedIds.parse(null)).isEmpty();
        assertThat(LinkedIds.parse(",,")).isEmpty();
    }
}
