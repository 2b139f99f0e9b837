package eu.goodpractice.transfer.platform;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A named row to lock (table AO_27884E_WRITE_LOCK) for writes that have no single row of their own to lock first:
 * the first ratings batch of a practice and country, a new version of a space's criteria set. The unique name
 * makes two first writers collide in the database instead of both passing (see {@link RowLocks#lockNamed}).
 */
@Preload
@Table("WriteLock")
public interface AoWriteLock extends Entity {
    String LOCK_NAME = "LOCK_NAME";

    @Unique
    @StringLength(255)
    String getLockName();

    void setLockName(String lockName);
}
