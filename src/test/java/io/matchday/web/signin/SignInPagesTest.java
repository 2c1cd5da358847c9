package io.matchday.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInPagesTest {

    @Test
    void aSignInReturnsOnlyToAPathOfThisSite() {
        assertThat(SignInPages.safe("/runs?kind=backtest")).isEqualTo("/runs?kind=backtest");
        assertThat(SignInPages.safe("https://evil.example/")).isEqualTo("/");
        assertThat(SignInPages.safe("//evil.example/")).isEqualTo("/");
        assertThat(SignInPages.safe("/\\evil.example")).isEqualTo("/");
        assertThat(SignInPages.safe(null)).isEqualTo("/");
    }
}
