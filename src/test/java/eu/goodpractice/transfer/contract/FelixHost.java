package eu.goodpractice.transfer.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * Apache Felix 7.0.5 (the OSGi framework inside Confluence) with a stand-in system bundle that exports exactly the
 * host packages the app imports. The exported classes are the test class path's: the host API mirror in
 * target/classes, net.java.ao from the activeobjects jar, jakarta.* from their API jars.
 */
final class FelixHost implements AutoCloseable {
    private final Framework framework;
    private final Path storage;
    private final Bundle app;

    private FelixHost(Framework framework, Path storage, Bundle app) {
        this.framework = framework;
        this.storage = storage;
        this.app = app;
    }

    /** Boots Felix exporting {@code hostPackages}, installs the jar and starts it. */
    static FelixHost start(Path jar, List<String> hostPackages) throws BundleException {
        Path storage;
        try {
            storage = Files.createTempDirectory("felix-contract");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", hostPackages));
        // Felix would otherwise fall back to the test class path for loads it guesses come from outside a bundle,
        // and hide a missing import
        config.put("felix.bootdelegation.implicit", "false");
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.start();
        try {
            Bundle app = framework.getBundleContext().installBundle(jar.toUri().toString());
            app.start();
            return new FelixHost(framework, storage, app);
        } catch (BundleException | RuntimeException e) {
            stop(framework, storage);
            throw e;
        }
    }

    Bundle app() {
        return app;
    }

    @Override
    public void close() {
        stop(framework, storage);
    }

    private static void stop(Framework framework, Path storage) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException e) {
            throw new IllegalStateException("Felix did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try (Stream<Path> files = Files.walk(storage)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is harmless
            }
        }
    }
}
