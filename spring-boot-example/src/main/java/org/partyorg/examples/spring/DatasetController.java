package org.partyorg.examples.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.partyorg.serialization.Form;
import org.partyorg.serialization.PartyOrg;
import org.partyorg.serialization.ReportWriter;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /datasets/validate}: an exchange file as the body, a document ({@code application/json})
 * or a stream ({@code application/x-ndjson}); the answer is the command line's JSON report, with
 * status 200, or 422 when the report holds an ERROR finding. The body is read by partyorg's
 * readers, not bound by Jackson: every finding, shape and content, in one report, and the readers'
 * limits against hostile input.
 */
@RestController
public class DatasetController {
    private final ExchangeProperties properties;

    public DatasetController(ExchangeProperties properties) {
        this.properties = properties;
    }

    // tag::spring-validate[]
    @PostMapping(path = "/datasets/validate", consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_NDJSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> validate(HttpServletRequest request, Locale locale) throws IOException {
        long limit = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLargeException(limit);   // 413 before reading a byte
        }
        Form form = MediaType.APPLICATION_NDJSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))
                ? Form.STREAM : Form.DOCUMENT;
        ValidationOptions options = ValidationOptions.defaults()
                .withLocale(locale)                                      // Accept-Language: zh gives Chinese messages
                .withMaxListedFindings(properties.maxListedFindings());  // the report's size is bounded; counts go on
        ValidationReport report = PartyOrg.validate(new LimitedInputStream(request.getInputStream(), limit), form, options);

        StringWriter json = new StringWriter();
        ReportWriter.json(List.of(new ReportWriter.FileReport("-", report)), json);   // as `partyorg validate --format json -`
        HttpStatus status = report.hasFindingsAtLeast(Severity.ERROR) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json.toString());
    }
    // end::spring-validate[]
}
