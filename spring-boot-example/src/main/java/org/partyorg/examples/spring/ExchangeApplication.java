package org.partyorg.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A Spring Boot 4 application that receives exchange data from counties and townships: whole files to
 * validate ({@code POST /datasets/validate}) and single records with Bean Validation
 * ({@code POST /members}). Spring MVC, Jackson 3 with partyorg's module, Hibernate Validator with
 * partyorg's constraints. The code of docs/guides/spring-boot.md.
 */
// tag::spring-application[]
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExchangeApplication {
    public static void main(String[] args) {
        SpringApplication.run(ExchangeApplication.class, args);
    }
}
// end::spring-application[]
