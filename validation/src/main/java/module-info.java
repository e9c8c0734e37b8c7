/**
 * partyorg validation: one implementation per rule of the catalog, the dataset and stream
 * validators, findings and reports, and the Bean Validation constraint validators.
 */
module org.partyorg.validation {
    requires transitive org.partyorg.core;
    requires transitive jakarta.validation;
    // Bean Validation only; the engine runs without it (message parameters fall back to pre-filled messages)
    requires static org.hibernate.validator;

    exports org.partyorg.validation;
    exports org.partyorg.validation.beanvalidation;
    // the readers in partyorg-serialization feed the same engine and report the shape rules
    exports org.partyorg.validation.rules to org.partyorg.serialization;

    provides jakarta.validation.ConstraintValidator with
            org.partyorg.validation.beanvalidation.ResidentIdNumberValidator,
            org.partyorg.validation.beanvalidation.CreditCodeValidator,
            org.partyorg.validation.beanvalidation.DivisionCodeValidator,
            org.partyorg.validation.beanvalidation.MobilePhoneValidator,
            org.partyorg.validation.beanvalidation.OrganizationConstraintValidator,
            org.partyorg.validation.beanvalidation.MemberConstraintValidator,
            org.partyorg.validation.beanvalidation.GridConstraintValidator,
            org.partyorg.validation.beanvalidation.ServiceRecordConstraintValidator,
            org.partyorg.validation.beanvalidation.PostingConstraintValidator,
            org.partyorg.validation.beanvalidation.ApplicationConstraintValidator,
            org.partyorg.validation.beanvalidation.MeetingConstraintValidator,
            org.partyorg.validation.beanvalidation.DuesPaymentConstraintValidator,
            org.partyorg.validation.beanvalidation.TransferConstraintValidator,
            org.partyorg.validation.beanvalidation.ElectionConstraintValidator,
            org.partyorg.validation.beanvalidation.DatasetConstraintValidator;
}
