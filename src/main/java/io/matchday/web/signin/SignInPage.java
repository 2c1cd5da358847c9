package io.matchday.web.signin;

import io.matchday.web.Page;
import io.matchday.web.PageView;

/** The sign-in form: where to go after it ({@code next}, a path of this site), and why the last try failed. */
public record SignInPage(Page page, String next, String error) implements PageView {

    @Override
    public String template() {
        return "pages/signin.jte";
    }
}
