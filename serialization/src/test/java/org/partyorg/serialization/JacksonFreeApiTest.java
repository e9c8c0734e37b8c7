package org.partyorg.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readers, writers and reports speak no Jackson in their API (docs/design.md, "One binder and one
 * writer for both Jackson lines"): they parse with Jackson 2's streaming parser inside, so an
 * application on Jackson 3 uses them without writing a line of Jackson 2. Only the Jackson 2 module
 * and {@code Schemas}' JSON trees are Jackson's by nature.
 */
class JacksonFreeApiTest {
    private static final List<Class<?>> API = List.of(DatasetReader.class, StreamReader.class, DatasetWriter.class,
            StreamWriter.class, ReportWriter.class, ReportWriter.FileReport.class, ReportWriter.Incremental.class,
            PartyOrg.class, ReadLimits.class, ReadResult.class, ReadException.class, RecordHandler.class, Form.class);

    @Test
    void noPublicSignatureNamesAJacksonType() {
        List<String> found = new ArrayList<>();
        for (Class<?> c : API) {
            List<Executable> members = new ArrayList<>(List.of(c.getDeclaredConstructors()));
            members.addAll(List.of(c.getDeclaredMethods()));
            for (Executable e : members) {
                if (!Modifier.isPublic(e.getModifiers()) && !Modifier.isProtected(e.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
                types.addAll(List.of(e.getGenericExceptionTypes()));
                if (e instanceof Method m) {
                    types.add(m.getGenericReturnType());
                }
                for (Type t : types) {
                    String name = t.getTypeName();
                    if (name.contains("com.fasterxml.") || name.contains("tools.jackson.")) {
                        found.add(c.getSimpleName() + "." + e.getName() + ": " + name);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(ReadException.class.getSuperclass().getName()).doesNotContain("jackson");
    }
}
