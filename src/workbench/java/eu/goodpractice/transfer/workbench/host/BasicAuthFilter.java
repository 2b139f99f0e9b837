package eu.goodpractice.transfer.workbench.host;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * HTTP Basic authentication as Confluence accepts it on REST calls (each stand-in user's password is their name),
 * and the user's language from Accept-Language among the app's seven.
 */
public class BasicAuthFilter implements Filter {
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.ITALIAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("pl"), Locale.forLanguageTag("nl"));

    private final StandInConfluence confluence;

    public BasicAuthFilter(StandInConfluence confluence) {
        this.confluence = confluence;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String header = request.getHeader("Authorization");
        String user = null;
        if (header != null && header.startsWith("Basic ")) {
            String[] credentials = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8)
                    .split(":", 2);
            if (credentials.length != 2 || confluence.user(credentials[0]) == null
                    || !credentials[0].equals(credentials[1])) {
                ((HttpServletResponse) res).sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            user = credentials[0];
        }
        confluence.logIn(user);
        confluence.setLocale(language(request.getHeader("Accept-Language")));
        try {
            chain.doFilter(req, res);
        } finally {
            confluence.logOut();
            confluence.setLocale(Locale.ENGLISH);
        }
    }

    private static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        Locale.LanguageRange.parse(acceptLanguage);
        Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
        return match == null ? Locale.ENGLISH : match;
    }
}
