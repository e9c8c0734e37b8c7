package org.partyorg.examples.spring;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bean Validation's "today": partyorg's per-record constraints compare dates with the validator's clock. */
@Configuration(proxyBeanMethods = false)
public class ValidationSetup {
    // tag::spring-clock[]
    @Bean
    ValidationConfigurationCustomizer reportingDateClock(ExchangeProperties properties) {
        return configuration -> configuration.clockProvider(properties::clock);
    }
    // end::spring-clock[]
}
