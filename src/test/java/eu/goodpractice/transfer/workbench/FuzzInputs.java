package eu.goodpractice.transfer.workbench;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What the fuzz tests send: random JSON of every shape, JSON broken in the ways a client or a proxy breaks it, huge
 * strings, values of the wrong type, ids that name nothing, and paging values no list can serve.
 */
final class FuzzInputs {
    static final String INVALID_UTF8 = "invalid UTF-8";

    /** Over 100 000 characters, beyond any column and any limit a form would set. */
    static final int HUGE = 100_001;

    private FuzzInputs() {
    }

    /** A huge string, described by its repeated unit and length so a failure report stays readable. */
    record Huge(String unit, int length) {
        String text() {
            return unit.repeat(length / unit.length() + 1);
        }

        @Override
        public String toString() {
            return "'" + unit.replace("\u0000", "\\u0000").replace("\n", "\\n") + "' x " + length;
        }
    }

    /** A broken body, described by what broke it and how it starts. */
    record Malformed(String kind, byte[] bytes) {
        @Override
        public String toString() {
            String start = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.UTF_8);
            return kind + " (" + bytes.length + " bytes): " + start;
        }
    }

    /** Any JSON value up to four levels deep, its object keys often the names the app reads. */
    static Arbitrary<JsonValue> json(List<String> knownFields) {
        return Arbitraries.recursive(FuzzInputs::scalar, inner -> compound(inner, knownFields), 0, 4);
    }

    /** Mostly objects (so the body gets past parsing and into validation), sometimes any other JSON. */
    static Arbitrary<String> body(List<String> knownFields) {
        Arbitrary<JsonValue> object = Arbitraries.maps(key(knownFields), json(knownFields)).ofMaxSize(8)
                .map(FuzzInputs::object);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, object),
                net.jqwik.api.Tuple.of(2, json(knownFields))).map(JsonValue::toString);
    }

    /** A JSON text broken: cut short, followed by garbage, invalid UTF-8, not JSON at all, or nested beyond reason. */
    static Arbitrary<Malformed> malformed(List<String> knownFields) {
        Arbitrary<String> valid = body(knownFields);
        Arbitrary<byte[]> truncated = valid.filter(text -> text.length() > 1).flatMap(text ->
                Arbitraries.integers().between(1, text.length() - 1).map(cut -> utf8(text.substring(0, cut))));
        Arbitrary<byte[]> trailing = Combinators.combine(valid, Arbitraries.of("x", "}", "]", ",", "{}", "\u0000",
                " true", "{\"a\":1}", "/* comment */", "\"")).as((text, garbage) -> utf8(text + garbage));
        Arbitrary<byte[]> invalidUtf8 = Combinators.combine(valid, Arbitraries.of(
                new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                        (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}), Arbitraries.integers().between(0, 100)).as((text, bad, at) -> {
                    byte[] bytes = utf8(text);
                    int cut = Math.min(at, bytes.length);
                    byte[] broken = new byte[bytes.length + bad.length];
                    System.arraycopy(bytes, 0, broken, 0, cut);
                    System.arraycopy(bad, 0, broken, cut, bad.length);
                    System.arraycopy(bytes, cut, broken, cut + bad.length, bytes.length - cut);
                    return broken;
                });
        Arbitrary<byte[]> notJson = Arbitraries.of("", " ", "\n", "null", "undefined", "NaN", "{'title':'x'}",
                "{title:\"x\"}", "{\"title\":\"x\",}", "[1,2,]", "\uFEFF{}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\x41\"}",
                "{\"a\":01}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":\"tab\there\"}", "<xml/>", "title=x&version=1",
                "{\"a\"}", "{:1}", "{\"a\":1 \"b\":2}").map(FuzzInputs::utf8);
        Arbitrary<byte[]> deep = Arbitraries.integers().between(1_000, 100_000).flatMap(depth -> Arbitraries.of(
                "[".repeat(depth) + "]".repeat(depth), "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                "[".repeat(depth), "{\"version\":" + "[".repeat(depth))).map(FuzzInputs::utf8);
        return Arbitraries.oneOf(truncated.map(b -> new Malformed("truncated", b)),
                trailing.map(b -> new Malformed("trailing garbage", b)),
                invalidUtf8.map(b -> new Malformed(INVALID_UTF8, b)), notJson.map(b -> new Malformed("not JSON", b)),
                deep.map(b -> new Malformed("nested deep", b)));
    }

    /** A string of 100 000 characters or more: plain, multi-byte, outside the BMP, markup or control characters. */
    static Arbitrary<Huge> huge() {
        return Combinators.combine(Arbitraries.of("a", "\u00e9", "\u20ac", "\ud83d\ude00", "<b>&amp;</b>'\"", "\u0000",
                "\n", "1", " ", "\\", "%"), Arbitraries.integers().between(HUGE, 2 * HUGE))
                .as(Huge::new);
    }

    /** A value of a type the field may not expect: number, text, list, object, null or yes/no, and extremes of each. */
    static Arbitrary<JsonValue> anyType(List<String> knownFields) {
        return Arbitraries.oneOf(Arbitraries.of(Json.NULL, Json.TRUE, Json.FALSE, Json.value(0), Json.value(-1),
                        Json.value(Long.MAX_VALUE), Json.value(Long.MIN_VALUE), Json.value(Double.MAX_VALUE),
                        Json.value(1.5), Json.value(""), Json.value(" "), Json.value("-1"), Json.value("0"),
                        Json.value("9223372036854775808"), Json.value("2026-02-30"), Json.value("99999-01-01"),
                        Json.value("+999999999-12-31"), Json.value("-999999999-01-01"), Json.value("0000-01-01"),
                        Json.value("null"), Json.value("true"), Json.array(), Json.object(), Json.array().add(Json.NULL),
                        Json.array().add(Json.array()), Json.object().add("key", Json.object())),
                Arbitraries.of("1e400", "-1e400", "123456789012345678901234567890", "-0", "1E-400", "0.0000001")
                        .map(Json::parse),
                json(knownFields));
    }

    /** Ids that name nothing or are no id at all, for path and query parameters. */
    static Arbitrary<String> oddId() {
        return Arbitraries.oneOf(Arbitraries.of("0", "-1", "999999", "2147483647", "2147483648", "-2147483649",
                        "9223372036854775807", "9223372036854775808", "99999999999999999999999", "abc", "1.5", "1e3",
                        "0x10", "%20", "%00", "%2F", "%C3%A9", "null", "undefined", "..", "1%3BDROP", "x".repeat(5000)),
                Arbitraries.longs().map(String::valueOf));
    }

    /** Paging values: negative, zero, beyond any limit or any integer, not numbers, or empty. */
    static Arbitrary<String> oddPaging() {
        return Arbitraries.oneOf(Arbitraries.of("-1", "0", "1", "200", "201", "-2147483648", "2147483647",
                        "2147483648", "9223372036854775807", "99999999999999999999", "1.5", "1e3", "abc", "", "%20",
                        "-0", "+5", "0x10", "%00"),
                Arbitraries.integers().map(String::valueOf));
    }

    private static Arbitrary<JsonValue> scalar() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40).map(Json::value),
                Arbitraries.strings().all().ofMaxLength(40).map(Json::value),
                Arbitraries.longs().map(Json::value), Arbitraries.doubles().map(Json::value),
                Arbitraries.of(Json.NULL, Json.TRUE, Json.FALSE));
    }

    private static Arbitrary<JsonValue> compound(Arbitrary<JsonValue> inner, List<String> knownFields) {
        Arbitrary<JsonValue> array = inner.list().ofMaxSize(5).map(items -> {
            JsonArray list = Json.array();
            items.forEach(list::add);
            return list;
        });
        Arbitrary<JsonValue> object = Arbitraries.maps(key(knownFields), inner).ofMaxSize(5).map(FuzzInputs::object);
        return Arbitraries.oneOf(inner, array, object);
    }

    private static Arbitrary<String> key(List<String> knownFields) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.of(knownFields)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(10)));
    }

    static JsonValue object(Map<String, JsonValue> fields) {
        JsonObject object = Json.object();
        fields.forEach(object::add);
        return object;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
