package org.partyorg.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void aTextThatFitsIsKept() {
        assertThat(Texts.shorten("口江乡", 6)).isEqualTo("口江乡");
        assertThat(Texts.shorten("abcdef", 6)).isEqualTo("abcdef");
    }

    @Test
    void aLongTextIsCutWithDots() {
        assertThat(Texts.shorten("abcdefg", 6)).isEqualTo("abc...");
    }

    @Test
    void aCharacterOutsideTheBmpIsNeverCutInHalf() {
        String jis = "𠮷".repeat(51); // each 𠮷 is two chars
        String shortened = Texts.shorten(jis, 80);
        assertThat(shortened).isEqualTo("𠮷".repeat(38) + "...");
        assertThat(shortened).doesNotContain("?");
        assertThat(shortened.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)).isEmpty();
        // where the cut falls between two characters, nothing is taken off
        assertThat(Texts.shorten("a" + "𠮷".repeat(51), 80)).isEqualTo("a" + "𠮷".repeat(38) + "...");
    }
}
