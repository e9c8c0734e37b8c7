package org.partyorg.web.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.partyorg.core.ApplicationStage;
import org.partyorg.core.MeetingKind;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.OrgType;
import org.partyorg.core.PostingRole;
import org.partyorg.core.PostingStatus;
import org.partyorg.core.RecordType;
import org.partyorg.core.Sector;
import org.partyorg.core.ServiceCategory;
import org.partyorg.core.TransferStatus;
import org.partyorg.core.code.Education;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.stats.AgeBand;

/**
 * The names the page shows for the format's enumeration constants, in Chinese (each constant's own
 * {@code chineseName()}, so the page and the library never disagree) and in English (the constant's
 * name in words). Keyed {@code "OrgType.BRANCH"}; record types by their wire name ({@code "RecordType.member"}).
 */
public final class Labels {
    private static final byte[] JSON = build();

    private Labels() {
    }

    /** @return {@code {"zh": {"OrgType.BRANCH": "党支部", ...}, "en": {"OrgType.BRANCH": "Branch", ...}}} */
    public static byte[] json() {
        return JSON.clone();
    }

    private static byte[] build() {
        Map<String, String> zh = new LinkedHashMap<>();
        put(zh, "OrgType", OrgType.values(), OrgType::chineseName);
        put(zh, "Sector", Sector.values(), Sector::chineseName);
        put(zh, "MemberStage", MemberStage.values(), MemberStage::chineseName);
        put(zh, "MemberStatus", MemberStatus.values(), MemberStatus::chineseName);
        put(zh, "AgeBand", AgeBand.values(), AgeBand::chineseName);
        put(zh, "Education", Education.values(), Education::chineseName);
        put(zh, "Ethnicity", Ethnicity.values(), Ethnicity::chineseName);
        put(zh, "ServiceCategory", ServiceCategory.values(), ServiceCategory::chineseName);
        put(zh, "PostingRole", PostingRole.values(), PostingRole::chineseName);
        put(zh, "PostingStatus", PostingStatus.values(), PostingStatus::chineseName);
        put(zh, "ApplicationStage", ApplicationStage.values(), ApplicationStage::chineseName);
        put(zh, "MeetingKind", MeetingKind.values(), MeetingKind::chineseName);
        put(zh, "TransferStatus", TransferStatus.values(), TransferStatus::chineseName);
        for (RecordType type : RecordType.values()) {
            // findings name their record type by its wire name
            zh.put("RecordType." + type.wireName(), recordTypeName(type));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("zh");
            for (Map.Entry<String, String> e : zh.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("en");
            for (String key : zh.keySet()) {
                g.writeStringField(key, english(key.substring(key.indexOf('.') + 1)));
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static <E extends Enum<E>> void put(Map<String, String> labels, String type, E[] values, Function<E, String> chinese) {
        for (E e : values) {
            labels.put(type + "." + e.name(), chinese.apply(e));
        }
    }

    /** {@code VILLAGE_BRANCH} → {@code Village branch}; {@code FROM_31_TO_35} → {@code From 31 to 35};
     * {@code serviceRecord} → {@code Service record}. */
    static String english(String constant) {
        String words = constant.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String recordTypeName(RecordType type) {
        return switch (type) {
            case ORGANIZATION -> "党组织";
            case MEMBER -> "党员";
            case GRID -> "网格";
            case SERVICE_RECORD -> "网格服务记录";
            case POSTING -> "驻村第一书记/工作队";
            case APPLICATION -> "入党申请";
            case MEETING -> "会议";
            case DUES_PAYMENT -> "党费交纳";
            case TRANSFER -> "组织关系转接";
            case ELECTION -> "换届选举";
        };
    }
}
