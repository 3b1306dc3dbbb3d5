package app.outlay.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the start-up benchmark's windows appear: the user's display when there is one; otherwise a virtual X
 * server (Xvfb) started for the run, so the windows are real GTK windows drawn as on a desktop; failing that,
 * JavaFX's headless Monocle platform (software rendering: slower for both sides alike).
 */
record BenchDisplay(String description, Map<String, String> environment, List<String> jvmOptions, String extraClassPath,
                    Process server) implements AutoCloseable {

    static BenchDisplay open() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return new BenchDisplay("X display " + display, Map.of(), List.of(), "", null);
        }
        if (onPath("Xvfb")) {
            return startXvfb();
        }
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No DISPLAY, no Xvfb and no Monocle: apt-get install -y xvfb"));
        return new BenchDisplay("headless Monocle (no DISPLAY, no Xvfb)", Map.of(),
                List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"), monocle, null);
    }

    private static BenchDisplay startXvfb() {
        for (int number = 91; number < 120; number++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            try {
                Process server = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + number)); i++) {
                    Thread.sleep(100);
                }
                if (server.isAlive()) {
                    return new BenchDisplay("Xvfb :" + number + " (started for the run)", Map.of("DISPLAY", ":" + number),
                            List.of(), "", server);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Could not start Xvfb");
    }

    /** The environment of an Outlay run on this display with its data folder at {@code home}. */
    Map<String, String> environment(Path home) {
        Map<String, String> withHome = new HashMap<>(environment);
        withHome.put("OUTLAY_HOME", home.toString());
        return withHome;
    }

    static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    @Override
    public void close() {
        if (server != null) {
            server.destroy();
        }
    }
}
