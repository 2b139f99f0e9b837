package eu.goodpractice.transfer.contract;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file refers to, read from its constant pool (Java 17 has no class-file API, and the test
 * class path has no ASM): every CONSTANT_Class, and every class named in a descriptor or signature (method and field
 * types, annotation types, generic signatures). String constants are skipped, they are data.
 */
final class ClassReferences {
    /** An object type inside a descriptor or signature: Lpkg/Name; or Lpkg/Name&lt;...&gt;. */
    private static final Pattern OBJECT_TYPE = Pattern.compile("L([\\p{javaJavaIdentifierPart}/$]+)[;<]");

    private ClassReferences() {
    }

    /** Binary names with slashes (java/lang/String) of every class the class file refers to, itself included. */
    static Set<String> of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            Set<Integer> classNames = new HashSet<>();
            Set<Integer> stringConstants = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames.add(in.readUnsignedShort());
                    case 8 -> stringConstants.add(in.readUnsignedShort());
                    case 16, 19, 20 -> in.readUnsignedShort(); // MethodType, Module, Package
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 5, 6 -> {
                        in.readLong();
                        i++; // 8-byte constants take two slots
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag + " at " + i);
                }
            }
            Set<String> references = new TreeSet<>();
            for (int index : classNames) {
                String name = utf8[index];
                if (name.startsWith("[")) {
                    addObjectTypes(name, references);
                } else {
                    references.add(name);
                }
            }
            for (int i = 1; i < count; i++) {
                if (utf8[i] != null && !stringConstants.contains(i) && !classNames.contains(i)) {
                    addObjectTypes(utf8[i], references);
                }
            }
            return references;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package of a slash-separated binary name, with dots: java/lang/String -> java.lang. */
    static String packageOf(String binaryName) {
        int slash = binaryName.lastIndexOf('/');
        return slash < 0 ? "" : binaryName.substring(0, slash).replace('/', '.');
    }

    private static void addObjectTypes(String descriptor, Set<String> references) {
        Matcher matcher = OBJECT_TYPE.matcher(descriptor);
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
    }
}
