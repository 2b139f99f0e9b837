package eu.goodpractice.transfer.testhost;

import net.java.ao.test.jdbc.H2Memory;

/** In-memory H2 that outlives single connections (the runner's default URL carries MVCC, which H2 2.x rejects). */
public class H2Mem extends H2Memory {
    public H2Mem() {
        super("jdbc:h2:mem:ao-test;DB_CLOSE_DELAY=-1", "", "", "PUBLIC");
    }
}
