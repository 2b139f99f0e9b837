package eu.goodpractice.transfer.workbench.host;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A small stand-in for the Confluence services the app uses: users, spaces with per-user permissions, pages
 * with view restrictions, the logged-in user per thread, the user's language, and the web resources a page asks for.
 */
public class StandInConfluence implements UserManager, UserAccessor, SpaceManager, SpacePermissionManager,
        PermissionManager, PageManager, ApplicationProperties, PageBuilderService, EventPublisher, LocaleResolver {
    private final List<Object> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, HostUser> usersByName = new ConcurrentHashMap<>();
    private final Map<String, Space> spaces = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> grants = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> groupsByUser = new ConcurrentHashMap<>();
    private final Map<Long, Page> pages = new ConcurrentHashMap<>();
    private final Map<Long, Set<String>> pageViewers = new ConcurrentHashMap<>();
    private final Map<String, Locale> languageByUser = new ConcurrentHashMap<>();
    private final ThreadLocal<HostUser> currentUser = new ThreadLocal<>();
    private final ThreadLocal<Locale> currentLocale = ThreadLocal.withInitial(() -> Locale.ENGLISH);
    private final ThreadLocal<Set<String>> requiredResources = ThreadLocal.withInitial(LinkedHashSet::new);
    private final String contextPath;
    private volatile String serverAddress;

    public StandInConfluence(String contextPath) {
        this.contextPath = contextPath;
    }

    /* setup */

    public HostUser addUser(String name, String fullName) {
        HostUser user = new HostUser(name, fullName);
        usersByName.put(name, user);
        return user;
    }

    /** The language a user chose in their profile; users without one get English, the stand-in server's language. */
    public void setLanguage(String userName, Locale language) {
        languageByUser.put(userName, language);
    }

    public Space addSpace(String key, String name) {
        Space space = new Space(key);
        space.setName(name);
        spaces.put(key, space);
        return space;
    }

    public void addToGroup(String userName, String group) {
        groupsByUser.computeIfAbsent(userName, k -> ConcurrentHashMap.newKeySet()).add(group);
    }

    public Set<String> groupsOf(String userName) {
        return Set.copyOf(groupsByUser.getOrDefault(userName, Set.of()));
    }

    /** Grants space permissions to every member of a group. */
    public void grantGroup(String spaceKey, String group, String... permissions) {
        grant(spaceKey, "group:" + group, permissions);
    }

    /** Grants space permissions (VIEWSPACE, EDITSPACE, …) to a user name, or to "anonymous". */
    public void grant(String spaceKey, String userName, String... permissions) {
        for (String permission : permissions) {
            grants.computeIfAbsent(grantKey(spaceKey, permission), k -> ConcurrentHashMap.newKeySet()).add(userName);
        }
    }

    /** Adds a page; with viewers given, only they may view it (a page restriction), else the space decides. */
    public StandInPage addPage(long id, String spaceKey, String title, String... viewers) {
        StandInPage page = new StandInPage();
        page.setId(id);
        page.setTitle(title);
        page.setSpace(spaces.get(spaceKey));
        pages.put(id, page);
        if (viewers.length > 0) {
            pageViewers.put(id, new HashSet<>(List.of(viewers)));
        }
        return page;
    }

    /* the current request */

    public void logIn(String name) {
        currentUser.set(name == null ? null : usersByName.get(name));
    }

    public void logOut() {
        currentUser.remove();
    }

    public void setLocale(Locale locale) {
        currentLocale.set(locale);
    }

    public Supplier<Locale> localeOfCurrentUser() {
        return currentLocale::get;
    }

    /** The web resources asked for on this thread since the page started, in the order asked. */
    public List<String> requiredResources() {
        return List.copyOf(requiredResources.get());
    }

    public HostUser user(String name) {
        return usersByName.get(name);
    }

    /** The logged-in user, or null. */
    public HostUser currentUser() {
        return currentUser.get();
    }

    public java.util.Collection<Space> spaces() {
        return spaces.values();
    }

    public java.util.Collection<HostUser> users() {
        return usersByName.values();
    }

    public Locale locale() {
        return currentLocale.get();
    }

    /** Forgets the web resources asked for so far on this thread: a new page starts. */
    public void startPage() {
        requiredResources.get().clear();
    }

    public void removePage(long id) {
        pages.remove(id);
        pageViewers.remove(id);
    }

    /* SAL UserManager */

    @Override
    public UserKey getRemoteUserKey() {
        HostUser user = currentUser.get();
        return user == null ? null : user.getKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userByKey(userKey);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return username == null ? null : usersByName.get(username);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        HostUser user = userByKey(userKey);
        return user != null && groupsOf(user.getName()).contains(group);
    }

    /* SAL LocaleResolver */

    /** The language of the current request's user, as the request's thread knows it. */
    @Override
    public Locale getLocale() {
        return currentLocale.get();
    }

    /** A user's own language, as Confluence answers it from their profile (for mail, outside their requests). */
    @Override
    public Locale getLocale(UserKey userKey) {
        HostUser user = userByKey(userKey);
        return user == null ? Locale.ENGLISH : languageByUser.getOrDefault(user.getName(), Locale.ENGLISH);
    }

    /* UserAccessor */

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return userByKey(key);
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return usersByName.get(name);
    }

    private HostUser userByKey(UserKey key) {
        return usersByName.values().stream().filter(u -> u.getKey().equals(key)).findFirst().orElse(null);
    }

    /* spaces and permissions */

    @Override
    public Space getSpace(String spaceKey) {
        return spaceKey == null ? null : spaces.get(spaceKey);
    }

    @Override
    public boolean hasPermission(String permissionType, Space space, ConfluenceUser user) {
        if (space == null) {
            return false;
        }
        Set<String> holders = grants.getOrDefault(grantKey(space.getKey(), permissionType), Set.of());
        if (user == null) {
            return holders.contains("anonymous");
        }
        return holders.contains(user.getName()) || groupsOf(user.getName()).stream()
                .anyMatch(group -> holders.contains("group:" + group));
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (!(target instanceof Page page) || permission != Permission.VIEW) {
            return false;
        }
        Set<String> viewers = pageViewers.get(page.getId());
        if (viewers != null && (user == null || !viewers.contains(user.getName()))) {
            return false;
        }
        return hasPermission("VIEWSPACE", page.getSpace(), user);
    }

    @Override
    public Page getPage(long id) {
        return pages.get(id);
    }

    /** As Confluence: the space's page with exactly that title (titles are unique in a space), or null. */
    @Override
    public Page getPage(String spaceKey, String title) {
        return pages.values().stream().filter(page -> page.getSpace() != null
                && page.getSpace().getKey().equals(spaceKey) && page.getTitle().equals(title))
                .findFirst().orElse(null);
    }

    /* links and resources */

    /** Canonical and absolute URLs (links in mail) need the server's address, known once it listens. */
    public void setServerAddress(String schemeHostAndPort) {
        serverAddress = schemeHostAndPort;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        boolean absolute = urlMode == UrlMode.CANONICAL || urlMode == UrlMode.ABSOLUTE;
        return absolute && serverAddress != null ? serverAddress + contextPath : contextPath;
    }

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                requiredResources.get().add(moduleCompleteKey);
                return this;
            }
        };
    }

    /* events: delivered at once, on the thread that publishes them, as Confluence does for page events */

    @Override
    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (java.lang.reflect.Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(com.atlassian.event.api.EventListener.class)
                        && method.getParameterCount() == 1 && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private static String grantKey(String spaceKey, String permission) {
        return spaceKey + "/" + permission;
    }
}
