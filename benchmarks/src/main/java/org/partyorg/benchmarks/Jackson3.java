package org.partyorg.benchmarks;

import org.partyorg.jackson3.PartyOrgModule;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3 mappers for the benchmarks (a class of its own: Jackson 2 and 3 share simple names). */
final class Jackson3 {
    private Jackson3() {
    }

    /** @return partyorg's Jackson 3 module */
    static JacksonModule partyorg() {
        return new PartyOrgModule();
    }

    /**
     * @param module the module
     * @return a mapper with it, unknown fields ignored
     */
    static JsonMapper mapper(JacksonModule module) {
        return JsonMapper.builder().addModule(module).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /**
     * @param module the module
     * @return a mapper with it whose trees keep decimals exactly (money: {@code 12.50}), which a tree
     *     that stands between Jackson 3 and the Jackson 2 module needs
     */
    static JsonMapper exactDecimals(JacksonModule module) {
        return JsonMapper.builder().addModule(module).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }
}
