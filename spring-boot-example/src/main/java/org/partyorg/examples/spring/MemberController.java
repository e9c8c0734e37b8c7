package org.partyorg.examples.spring;

import jakarta.validation.Valid;
import org.partyorg.core.Member;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /members}: one member record, bound by Jackson 3 with partyorg's module and checked by
 * Hibernate Validator with partyorg's constraints ({@code @ValidMember}: every per-record rule).
 * A violation is answered 400 with problem details listing the rule ids ({@link PartyOrgProblems}).
 */
@RestController
public class MemberController {
    // tag::spring-members[]
    @PostMapping("/members")
    public ResponseEntity<Member> register(@Valid @RequestBody Member member) {
        // store the member
        return ResponseEntity.status(HttpStatus.CREATED).body(member);
    }
    // end::spring-members[]
}
