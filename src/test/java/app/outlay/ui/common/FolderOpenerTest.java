package app.outlay.ui.common;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FolderOpenerTest {

    @Test
    void eachSystemItsOwnOpener() {
        Path folder = Path.of("/data/outlay");
        assertThat(FolderOpener.command("Linux", folder)).containsExactly("xdg-open", folder.toString());
        assertThat(FolderOpener.command("Mac OS X", folder)).containsExactly("open", folder.toString());
        assertThat(FolderOpener.command("Windows 11", folder)).containsExactly("explorer", folder.toString());
    }
}
