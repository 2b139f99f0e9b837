package eu.goodpractice.transfer.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * Time and heap growth of a job. Heap growth is measured two ways against the heap after a full GC before the job:
 * the peak of what each garbage collection during the job left in use (live data plus what is not yet collected: an
 * upper bound of what the job holds), and the peak heap in use sampled every 5 ms (which also counts garbage not yet
 * collected, so it depends on the collector more than on the job).
 */
final class HeapWatch {
    /** Times in ms and heap growths in MB of the runs; the report uses the median time and the largest growths. */
    record Result(double medianMillis, double afterGcPeakMb, double sampledPeakMb, int collections, double livePeakMb) {
    }

    private HeapWatch() {
    }

    static Result measure(int runs, Job job) throws Exception {
        job.run();
        List<Double> times = new ArrayList<>();
        double afterGc = 0;
        double sampled = 0;
        int collections = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            Thread.sleep(200);
            long base = used();
            AtomicLong peakAfterGc = new AtomicLong(base);
            AtomicLong peakSampled = new AtomicLong(base);
            AtomicLong gcs = new AtomicLong();
            NotificationListener listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    peakAfterGc.accumulateAndGet(after, Math::max);
                    gcs.incrementAndGet();
                }
            };
            List<NotificationEmitter> emitters = new ArrayList<>();
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (bean instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakSampled.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            job.run();
            times.add((System.nanoTime() - start) / 1e6);
            sampler.interrupt();
            sampler.join();
            Thread.sleep(100); // notifications arrive on their own thread
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(listener);
            }
            afterGc = Math.max(afterGc, (peakAfterGc.get() - base) / 1048576.0);
            sampled = Math.max(sampled, (peakSampled.get() - base) / 1048576.0);
            collections += (int) gcs.get();
        }
        times.sort(Double::compare);
        return new Result(times.get(times.size() / 2), afterGc, sampled, collections, livePeakMb(job));
    }

    /**
     * What the job really holds: one more (untimed) run while another thread takes the JVM's class histogram every
     * {@value #LIVE_PROBE_MILLIS} ms (the {@code GC.class_histogram} diagnostic command: a full collection, then the
     * bytes of every live object counted at a safepoint, so neither garbage nor the regions threads are allocating
     * into count, as they do in the heap's "used"). The peak of those totals, minus the total before the run, is
     * the job's live heap growth.
     */
    private static double livePeakMb(Job job) throws Exception {
        long base = liveBytes();
        AtomicLong peak = new AtomicLong(base);
        Thread prober = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(liveBytes(), Math::max);
                try {
                    Thread.sleep(LIVE_PROBE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        prober.setDaemon(true);
        prober.start();
        job.run();
        prober.interrupt();
        prober.join();
        return (peak.get() - base) / 1048576.0;
    }

    private static final int LIVE_PROBE_MILLIS = 50;

    /** The bytes of all live objects: the "Total" line of the class histogram. */
    private static long liveBytes() {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            String[] total = histogram.strip().lines().reduce((first, last) -> last).orElseThrow().trim()
                    .split("\\s+");
            return Long.parseLong(total[total.length - 1]);
        } catch (Exception e) {
            throw new IllegalStateException("The JVM gave no class histogram: " + e.getMessage(), e);
        }
    }

    /** The job measured. */
    @FunctionalInterface
    interface Job {
        void run() throws Exception;
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
