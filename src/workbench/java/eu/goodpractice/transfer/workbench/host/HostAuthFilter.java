package eu.goodpractice.transfer.workbench.host;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Who is asking, as Confluence decides it: HTTP Basic on any request (each stand-in user's password is their name),
 * else the browser session's login. The user's language comes from the session's choice, else Accept-Language,
 * among the app's seven. Both hold for the request's thread only.
 */
public class HostAuthFilter implements Filter {
    public static final String SESSION_USER = "wb.user";
    public static final String SESSION_LANGUAGE = "wb.lang";
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.ITALIAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("pl"), Locale.forLanguageTag("nl"));

    private final StandInConfluence confluence;

    public HostAuthFilter(StandInConfluence confluence) {
        this.confluence = confluence;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpSession session = request.getSession(false);
        String user = session == null ? null : (String) session.getAttribute(SESSION_USER);
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Basic ")) {
            user = basicUser(header);
            if (user == null) {
                HttpServletResponse response = (HttpServletResponse) res;
                response.setHeader("WWW-Authenticate", "Basic realm=\"Confluence\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
        }
        String chosen = session == null ? null : (String) session.getAttribute(SESSION_LANGUAGE);
        confluence.logIn(user);
        confluence.setLocale(chosen != null ? Locale.forLanguageTag(chosen) : language(request.getHeader("Accept-Language")));
        confluence.startPage();
        try {
            chain.doFilter(req, res);
        } finally {
            confluence.logOut();
            confluence.setLocale(Locale.ENGLISH);
        }
    }

    /** The user whose name and password match, or null. */
    public String authenticate(String name, String password) {
        return name != null && confluence.user(name) != null && name.equals(password) ? name : null;
    }

    private String basicUser(String header) {
        try {
            String[] credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8).split(":", 2);
            return credentials.length == 2 ? authenticate(credentials[0], credentials[1]) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static boolean isSupported(String language) {
        return LANGUAGES.stream().anyMatch(locale -> locale.getLanguage().equals(language));
    }

    private static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}
