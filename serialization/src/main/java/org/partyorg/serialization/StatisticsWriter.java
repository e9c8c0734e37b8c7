package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.partyorg.core.code.Masking;
import org.partyorg.core.stats.DatasetStatistics;
import org.partyorg.core.stats.DatasetStatistics.SecretaryTags;
import org.partyorg.core.stats.DatasetStatistics.WorkingLife;

/**
 * Writes {@link DatasetStatistics} as the JSON document of {@code partyorg stats --format json}, for
 * programs (its shape: docs/format.md, "Statistics"). Counts are keyed by the enumeration names of
 * the format; shares are fractions between 0 and 1; the dues total is a decimal string, as money is
 * in the format. Nothing personal is written: counts, codes of townships and their names, and the ids
 * and names of the organizations that kept the fewest meetings (with any personal number in them masked).
 *
 * <p>Stateless and thread-safe. The output stream is flushed, not closed.
 */
public final class StatisticsWriter {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private StatisticsWriter() {
    }

    /**
     * @param statistics the statistics, not null
     * @param shapeErrors how many shape errors (the DOC rules' ERRORs) reading met: the counts then
     *     cover only the records that could be read
     * @param townshipName the name of a township by its 12-digit code, or empty (not null)
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void json(DatasetStatistics statistics, long shapeErrors, Function<String, Optional<String>> townshipName,
            OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            write(statistics, shapeErrors, townshipName, JSON.createGenerator(out, JsonEncoding.UTF8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #json(DatasetStatistics, long, Function, OutputStream)}, to characters.
     *
     * @param statistics the statistics, not null
     * @param shapeErrors how many shape errors reading met
     * @param townshipName the name of a township by its code, or empty (not null)
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void json(DatasetStatistics statistics, long shapeErrors, Function<String, Optional<String>> townshipName,
            Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            write(statistics, shapeErrors, townshipName, JSON.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DatasetStatistics statistics, long shapeErrors, Function<String, Optional<String>> townshipName,
            JsonGenerator generator) {
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(townshipName, "townshipName");
        try (JsonGenerator g = generator) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("shapeErrors", shapeErrors);
            g.writeObjectFieldStart("organizations");
            counts(g, "byType", statistics.organizationsByType());
            counts(g, "bySector", statistics.organizationsBySector());
            g.writeEndObject();
            g.writeObjectFieldStart("members");
            counts(g, "byStage", statistics.membersByStage());
            counts(g, "byStatus", statistics.membersByStatus());
            counts(g, "byAgeBand", statistics.membersByAgeBand());
            counts(g, "byEducation", statistics.membersByEducation());
            counts(g, "byEthnicity", statistics.membersByEthnicity());
            g.writeEndObject();
            tags(g, "secretaries", statistics.secretaries());
            tags(g, "villageSecretaries", statistics.villageSecretaries());
            g.writeObjectFieldStart("grids");
            g.writeNumberField("grids", statistics.grids());
            g.writeNumberField("villagerGroups", statistics.villagerGroups());
            g.writeNumberField("households", statistics.households());
            g.writeEndObject();
            counts(g, "serviceRecordsByCategory", statistics.serviceRecordsByCategory());
            g.writeObjectFieldStart("postings");
            counts(g, "byRole", statistics.postingsByRole());
            counts(g, "byStatus", statistics.postingsByStatus());
            g.writeObjectFieldStart("byStartYear");
            for (Map.Entry<Integer, Long> e : statistics.postingsByStartYear().entrySet()) {
                g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            workingLife(g, statistics.workingLife());
            g.writeArrayFieldStart("townships");
            for (DatasetStatistics.Township t : statistics.townships()) {
                g.writeStartObject();
                g.writeStringField("code", t.code());
                Optional<String> name = townshipName.apply(t.code());
                if (name.isPresent()) {
                    g.writeStringField("name", name.get());
                }
                g.writeNumberField("grids", t.grids());
                g.writeNumberField("villagerGroups", t.villagerGroups());
                g.writeNumberField("households", t.households());
                counts(g, "serviceRecordsByCategory", t.serviceRecordsByCategory());
                g.writeObjectFieldStart("serviceRecordsByMonth");
                for (Map.Entry<YearMonth, Long> e : t.serviceRecordsByMonth().entrySet()) {
                    g.writeNumberField(e.getKey().toString(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void workingLife(JsonGenerator g, WorkingLife life) throws IOException {
        g.writeObjectFieldStart("workingLife");
        counts(g, "applicationsByStage", life.applicationsByStage());
        g.writeObjectFieldStart("elections");
        g.writeNumberField("held", life.elections());
        g.writeNumberField("eligible", life.electionEligible());
        g.writeNumberField("present", life.electionPresent());
        g.writeNumberField("turnout", life.turnout());
        g.writeEndObject();
        counts(g, "meetingsByKind", life.meetingsByKind());
        g.writeObjectFieldStart("dues");
        g.writeNumberField("payments", life.duesPayments());
        g.writeStringField("total", life.duesTotal().toPlainString());
        g.writeNumberField("membersInArrears", life.membersInArrears());
        g.writeEndObject();
        counts(g, "transfersByStatus", life.transfersByStatus());
        g.writeObjectFieldStart("cadence");
        long owed = 0;
        long held = 0;
        for (DatasetStatistics.Cadence c : life.cadenceByOrganization().values()) {
            owed += c.owed();
            held += c.held();
        }
        g.writeNumberField("organizations", life.cadenceByOrganization().size());
        g.writeNumberField("compliantOrganizations", life.compliantOrganizations());
        g.writeNumberField("periodsOwed", owed);
        g.writeNumberField("periodsHeld", held);
        g.writeNumberField("share", life.cadenceShare());
        g.writeArrayFieldStart("months");
        for (YearMonth month : life.months()) {
            g.writeString(month.toString());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("leastKept");
        for (DatasetStatistics.KeptMeetings k : life.leastKept()) {
            g.writeStartObject();
            g.writeStringField("id", Masking.scrubPersonal(k.id()));
            if (k.name() != null) {
                // names are the data's own text: a number written into one is masked as in any message
                g.writeStringField("name", Masking.scrubPersonal(k.name()));
            }
            g.writeNumberField("owed", k.cadence().owed());
            g.writeNumberField("held", k.cadence().held());
            g.writeArrayFieldStart("meetingsByMonth");
            for (int n : k.meetingsByMonth()) {
                g.writeNumber(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void tags(JsonGenerator g, String name, SecretaryTags t) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("secretaries", t.secretaries());
        g.writeNumberField("wealthLeaders", t.wealthLeaders());
        g.writeNumberField("returnedTalents", t.returnedTalents());
        g.writeNumberField("collegeGraduates", t.collegeGraduates());
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String name, Map<? extends Enum<?>, Long> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<? extends Enum<?>, Long> e : counts.entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
    }
}
