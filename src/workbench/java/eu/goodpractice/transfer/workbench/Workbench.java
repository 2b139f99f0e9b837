package eu.goodpractice.transfer.workbench;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code ./workbench [--port N] [--clean]}: starts the app on a stand-in Confluence at
 * http://localhost:1990/confluence with sample data; data survives restarts in target/workbench; Ctrl-C stops it.
 */
public final class Workbench {
    private Workbench() {
    }

    public static void main(String[] args) throws Exception {
        int port = 1990;
        boolean clean = false;
        Path data = Path.of("target", "workbench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = port(i + 1 < args.length ? args[++i] : null);
                case "--clean" -> clean = true;
                case "--data" -> {
                    if (i + 1 >= args.length) {
                        usage("--data needs a directory.");
                    }
                    data = Path.of(args[++i]);
                }
                default -> usage("Unknown option " + args[i] + ".");
            }
        }
        if (clean) {
            delete(data);
        }
        WorkbenchServer server;
        try {
            server = new WorkbenchServer(data, port);
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                System.err.println("Port " + port + " is in use. Stop the other program or use --port N.");
                System.exit(1);
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                System.out.println("Workbench stopped.");
            } catch (Exception e) {
                System.err.println("Stopping the workbench failed: " + e.getMessage());
            }
        }, "workbench-shutdown"));
        System.out.println("Workbench running at " + server.baseUrl() + "/  (log in as coordinator/coordinator; "
                + "Ctrl-C stops it)");
        server.join();
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value == null ? "" : value.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        usage("--port needs a number from 1 to 65535" + (value == null ? "." : ", not \"" + value + "\"."));
        return -1;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("Usage: ./workbench [--port N] [--clean]");
        System.exit(2);
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
