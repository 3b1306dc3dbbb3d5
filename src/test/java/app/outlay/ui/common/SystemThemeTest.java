package app.outlay.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What each desktop's tool prints, read as light or dark. */
class SystemThemeTest {

    @Test
    void gnome() {
        assertThat(SystemTheme.gnomeColorSchemeIsDark("'prefer-dark'\n")).isTrue();
        assertThat(SystemTheme.gnomeColorSchemeIsDark("'default'\n")).isFalse();
        assertThat(SystemTheme.gtkThemeIsDark("'Adwaita-dark'\n")).isTrue();
        assertThat(SystemTheme.gtkThemeIsDark("'Yaru'\n")).isFalse();
    }

    @Test
    void windows() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(SystemTheme.windowsSaysDark(dark)).isTrue();
        assertThat(SystemTheme.windowsSaysDark(dark.replace("0x0", "0x1"))).isFalse();
    }

    @Test
    void mac() {
        assertThat(SystemTheme.macSaysDark("Dark\n")).isTrue();
        assertThat(SystemTheme.macSaysDark("")).isFalse();
    }
}
