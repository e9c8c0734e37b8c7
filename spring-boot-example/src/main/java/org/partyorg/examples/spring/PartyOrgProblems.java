package org.partyorg.examples.spring;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.partyorg.serialization.ReadException;
import org.partyorg.validation.beanvalidation.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Spring's problem details (RFC 9457) with partyorg's rule ids: a Bean Validation violation lists
 * each rule behind it (id, severity, JSON Pointer, message in the request's language); a shape
 * error that Jackson 3 met while binding names its DOC rule; a body over the limit is 413.
 * Nothing of the input is quoted but what partyorg's messages quote, masked.
 */
@RestControllerAdvice
public class PartyOrgProblems extends ResponseEntityExceptionHandler {

    // tag::spring-problem-violations[]
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> violations = new ArrayList<>();
        for (ObjectError error : ex.getBindingResult().getAllErrors()) {
            Map<String, Object> v = new LinkedHashMap<>();
            RuleViolation rule = error.contains(ConstraintViolation.class) ? rule(error.unwrap(ConstraintViolation.class)) : null;
            if (rule != null) {   // null for the constraints of other libraries (@NotNull, ...)
                v.put("ruleId", rule.ruleId());
                v.put("severity", rule.severity().name());
                v.put("path", rule.path());
            }
            v.put("message", error.getDefaultMessage());   // in the request's language (Accept-Language)
            violations.add(v);
        }
        ProblemDetail problem = ex.getBody();
        problem.setProperty("violations", violations);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** The partyorg rule behind a violation; null for the constraints of other libraries. */
    static RuleViolation rule(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hv = violation.unwrap(HibernateConstraintViolation.class);
        return hv.getDynamicPayload(RuleViolation.class);
    }
    // end::spring-problem-violations[]

    // tag::spring-problem-shape[]
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The body is not a readable record.");
        if (ex.getCause() instanceof MismatchedInputException shape && shape.getOriginalMessage().startsWith("DOC-")) {
            // "DOC-012 at /sex: Field sex has "3", which is not in its enumeration or code list"
            problem.setDetail(shape.getOriginalMessage());
            problem.setProperty("ruleId", shape.getOriginalMessage().substring(0, shape.getOriginalMessage().indexOf(' ')));
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }
    // end::spring-problem-shape[]

    /**
     * @param e a failure to read the body: too large (413), or broken off (400)
     * @return the problem details
     */
    @ExceptionHandler({ReadException.class, BodyTooLargeException.class})
    public ProblemDetail unreadableBody(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        "The body is larger than " + tooLarge.limit() + " bytes.");
            }
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body could not be read.");
    }
}
