package app.outlay.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A file from elsewhere may hold the settings Outlay's own ledgers hold, and no other. */
class ForeignH2SettingsTest {

    @Test
    void theWriteDelayOutlaySetsIsAccepted() {
        assertThat(ForeignH2.refusal(ForeignH2.SETTING, "SET WRITE_DELAY 0")).isNull();
        assertThat(ForeignH2.refusal(ForeignH2.SETTING, "SET WRITE_DELAY 500")).isNull();
        assertThat(ForeignH2.refusal(ForeignH2.SETTING, "SET CREATE_BUILD 252")).isNull();
    }

    @Test
    void anythingMoreIsRefused() {
        assertThat(ForeignH2.refusal(ForeignH2.SETTING, "SET WRITE_DELAY 0; CALL FILE_WRITE('x', 'y')")).isNotNull();
        assertThat(ForeignH2.refusal(ForeignH2.SETTING, "SET WRITE_DELAY ABC")).isNotNull();
        assertThat(ForeignH2.refusal(ForeignH2.SETTING, "SET CACHE_SIZE 1")).isNotNull();
    }
}
