package eu.goodpractice.transfer.workbench.host;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.TablePrefix;
import net.java.ao.schema.TableNameConverter;

/**
 * Table names exactly as Confluence gives them to this app: "AO_" + the last six hex digits of the MD5 of the AO
 * namespace, upper case, then the Atlassian converter's name (AO_27884E_ACTION_STEP).
 */
public class AppTableNames implements TableNameConverter {
    public static final String NAMESPACE = "eu.goodpractice.practice-transfer";
    public static final String PREFIX = prefixOf(NAMESPACE);

    private final TableNameConverter delegate =
            new AtlassianTableNameConverter(new FixedPrefix(PREFIX));

    @Override
    public String getName(Class<? extends RawEntity<?>> entityClass) {
        return delegate.getName(entityClass);
    }

    /** The prefix Confluence's AO plugin derives from a namespace, e.g. "AO_27884E_". */
    public static String prefixOf(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, digest));
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ENGLISH) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record FixedPrefix(String prefix) implements TablePrefix {
        @Override
        public String prepend(String string) {
            return prefix + string;
        }
    }
}
