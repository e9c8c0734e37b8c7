package org.partyorg.serialization.internal.bind;

import java.io.IOException;

/**
 * Skips a value the reader does not keep (an unknown field, a repeated key, a value of the wrong
 * type) while still enforcing the read limits: Jackson's own {@code skipChildren} passes over
 * strings without measuring them, so a 64 MB string in an unknown field would go unnoticed.
 */
public final class Skip {
    private Skip() {
    }

    /**
     * @param p a parser on the first token of a value
     * @throws IOException on malformed JSON or a read limit
     */
    public static void value(TokenSource p) throws IOException {
        Token t = p.currentToken();
        if (t == Token.VALUE_STRING) {
            p.getText();
            return;
        }
        if (t != Token.START_OBJECT && t != Token.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            t = p.nextToken();
            if (t == null) {
                return;
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_STRING, FIELD_NAME -> p.getText();
                default -> {
                }
            }
        }
    }
}
