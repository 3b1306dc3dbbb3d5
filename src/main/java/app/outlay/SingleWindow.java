package app.outlay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One window per data folder: the window listens on a Unix domain socket in the data folder (whose owner-only
 * permissions keep other users out; Windows 10 and later have these sockets too), and a second launch asks it to come
 * to the front, handing it a file to import if it was given one, then exits. One request per connection, one line:
 * {@code front} or {@code import <absolute path>}; the window answers {@code ok}.
 */
public final class SingleWindow implements AutoCloseable {

    /**
     * Made when first used, not when the class loads: the launcher asks {@link #handOff} before Logback is set up on
     * a thread of its own (StartupTimes.startLogging), and a logger made here set it up on the main thread instead,
     * about 0.3 s before the window could start.
     */
    private static final class Lazy {
        static final Logger log = LoggerFactory.getLogger(SingleWindow.class);
    }
    private static final String FRONT = "front";
    private static final String IMPORT = "import ";

    private final ServerSocketChannel server;
    private final Path socket;
    private final Thread listener;
    /**
     * Removes the socket when the system ends the process (SIGTERM, logging out), which JavaFX's stop() never sees.
     * Left behind, every later launch connects to it first, and a process's first connection looks through every jar
     * on the class path for a socket provider: about 40 ms before the window can start.
     */
    private final Thread removeAtExit = new Thread(this::removeSocket, "outlay-single-window-exit");

    private SingleWindow(ServerSocketChannel server, Path socket, Consumer<Optional<Path>> requests) {
        this.server = server;
        this.socket = socket;
        this.listener = new Thread(() -> serve(requests), "outlay-single-window");
        listener.setDaemon(true);
        listener.start();
        Runtime.getRuntime().addShutdownHook(removeAtExit);
    }

    /** The socket of the window that uses {@code dataDir}. */
    public static Path socketIn(Path dataDir) {
        return dataDir.resolve("window.socket");
    }

    /**
     * Asks the window listening on {@code socket} to come forward and, if {@code file} is given, to import it.
     * True when a window answered; false when none listens (no socket, or one left by a crash).
     */
    public static boolean handOff(Path socket, Optional<Path> file) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            OutputStream out = Channels.newOutputStream(channel);
            String request = file.map(path -> IMPORT + path.toAbsolutePath()).orElse(FRONT);
            out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            return "ok".equals(in.readLine());
        } catch (IOException | RuntimeException noWindow) {
            return false;
        }
    }

    /**
     * Listens on {@code socket} until closed; each request goes to {@code requests} on the listening thread (the file
     * to import, or empty for "come forward"). Empty when it cannot listen (a path too long for a socket, a file
     * system without them): the app then runs as before, without hand-off.
     */
    public static Optional<SingleWindow> listen(Path socket, Consumer<Optional<Path>> requests) {
        try {
            // A socket file is left behind when a window crashed: nobody answers on it, so it can go.
            if (Files.exists(socket) && !handOffProbe(socket)) {
                Files.delete(socket);
            }
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            try {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's permissions protect it.
            }
            return Optional.of(new SingleWindow(server, socket, requests));
        } catch (IOException | RuntimeException e) {
            Lazy.log.info("No single-window socket at {}: {}", socket, e.toString());
            return Optional.empty();
        }
    }

    /** Whether a window answers on {@code socket}, without asking it for anything. */
    private static boolean handOffProbe(Path socket) {
        try (SocketChannel ignored = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void serve(Consumer<Optional<Path>> requests) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
                String line = in.readLine();
                Optional<Optional<Path>> request = parse(line);
                if (request.isPresent()) {
                    requests.accept(request.get());
                    Channels.newOutputStream(client).write("ok\n".getBytes(StandardCharsets.UTF_8));
                } else if (line != null) {
                    Lazy.log.warn("Ignored a request on {}: {}", socket, line.length() > 80 ? line.substring(0, 80) + "…" : line);
                }
            } catch (IOException | RuntimeException e) {
                if (server.isOpen()) {
                    Lazy.log.warn("A request on {} failed", socket, e);
                }
            }
        }
    }

    /** {@code front} → empty file; {@code import /abs/path} → the path; anything else → no request. */
    static Optional<Optional<Path>> parse(String line) {
        if (FRONT.equals(line)) {
            return Optional.of(Optional.empty());
        }
        if (line != null && line.startsWith(IMPORT)) {
            try {
                Path file = Path.of(line.substring(IMPORT.length()));
                return file.isAbsolute() ? Optional.of(Optional.of(file)) : Optional.empty();
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(removeAtExit);
        } catch (IllegalStateException exiting) {
            // Closed by another exit hook: this one runs anyway.
        }
        removeSocket();
    }

    private void removeSocket() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            Lazy.log.debug("Closing {}", socket, e);
        }
    }
}
