package eu.goodpractice.transfer.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextWebAddressTest {
    @Test
    void onlyAbsoluteHttpAddressesWithAHostCountAsWebAddresses() {
        assertThat(InputText.isWebAddress("https://www.cedefop.europa.eu/en/tools")).isTrue();
        assertThat(InputText.isWebAddress(" HTTP://example.org ")).isTrue();
        assertThat(InputText.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(InputText.isWebAddress("data:text/html,<b>x</b>")).isFalse();
        assertThat(InputText.isWebAddress("https:///no-host")).isFalse();
        assertThat(InputText.isWebAddress("www.example.org")).isFalse();
        assertThat(InputText.isWebAddress("http://exa mple.org")).isFalse();
        assertThat(InputText.isWebAddress(null)).isFalse();
    }
}
