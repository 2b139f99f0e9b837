package eu.goodpractice.transfer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEverythingThatCouldOpenMarkupOrLeaveAnAttribute() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;q&#34;");
    }

    @Test
    void keepsLettersOfEveryLanguageAndLineBreaksButNotControlCharacters() {
        assertThat(Html.escape("Zespół Szkół – Köln\n\u0007\u007f")).isEqualTo("Zespół Szkół – Köln\n  ");
        assertThat(Html.escape(null)).isEmpty();
    }
}
