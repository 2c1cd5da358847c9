package io.matchday.web.signin;

import io.matchday.http.AdminKeys;
import io.matchday.web.Console;
import io.matchday.web.Section;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in with an admin key: checked once, then the session (an HttpOnly, SameSite=Strict cookie)
 * carries it. The key itself is never stored, logged, put in a URL or shown.
 */
@Controller
record SignInPages(Console console, AdminKeys keys, SecurityContextRepository contexts, CsrfTokenRepository csrf) {

    private static final Logger LOG = LoggerFactory.getLogger(SignInPages.class);


    @GetMapping("/signin")
    ResponseEntity<String> form(HttpServletRequest request, @RequestParam(required = false) String next) {
        return page(request, HttpStatus.OK, next, null);
    }

    @PostMapping("/signin")
    ResponseEntity<String> signIn(HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) String key,
                                  @RequestParam(required = false) String next) {
        if (!keys.enabled()) {
            return page(request, HttpStatus.FORBIDDEN, next, null);
        }
        AdminKeys.Check check = keys.check(request.getRemoteAddr(), key);
        if (check.throttled()) {
            long seconds = Math.max(1, (check.retryAfter().orElseThrow().toMillis() + 999) / 1000);
            ResponseEntity<String> page = page(request, HttpStatus.TOO_MANY_REQUESTS, next,
                    "Too many wrong keys from here: try again in " + seconds + " s.");
            return ResponseEntity.status(page.getStatusCode()).headers(page.getHeaders()).header("Retry-After", String.valueOf(seconds))
                    .body(page.getBody());
        }
        if (!check.accepted()) {
            LOG.info("console sign-in refused from {}", request.getRemoteAddr());
            return page(request, HttpStatus.UNAUTHORIZED, next, "That is not an admin key of this node.");
        }
        // A new session id on sign-in, so a session fixed by someone else never becomes an admin one.
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        csrf.saveToken(null, request, response);
        return Console.seeOther(safe(next));
    }

    @PostMapping("/signout")
    ResponseEntity<String> signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return Console.seeOther("/");
    }

    private ResponseEntity<String> page(HttpServletRequest request, HttpStatus status, String next, String error) {
        return console.render(status, new SignInPage(console.page(request, "Sign in", Section.NONE), safe(next), error));
    }

    /** Only a path of this site: never an absolute URL someone slipped in. */
    static String safe(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
